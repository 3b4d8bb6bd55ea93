package dev.careers.benchmark.corpus;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/** The words a generated resume is made of: real technology and soft skills, names, employers, schools. */
final class ResumeVocabulary {

	static final List<String> TECHNICAL_SKILLS = List.of("Java", "Python", "JavaScript", "TypeScript", "Go", "Rust",
			"Kotlin", "Scala", "C++", "C#", "SQL", "PostgreSQL", "MySQL", "Oracle Database", "MongoDB", "Redis",
			"Apache Kafka", "RabbitMQ", "Spring Boot", "Hibernate", "React", "Angular", "Vue.js", "Node.js", "Django",
			"Flask", "Docker", "Kubernetes", "Terraform", "Ansible", "Jenkins", "GitLab CI", "Git", "Linux", "AWS",
			"Microsoft Azure", "Google Cloud Platform", "Elasticsearch", "Apache Spark", "Hadoop", "Pandas", "NumPy",
			"TensorFlow", "PyTorch", "scikit-learn", "Tableau", "Power BI", "Excel", "GraphQL", "REST APIs", "HTML",
			"CSS", "Microservices", "Prometheus", "Grafana", "JUnit", "Selenium", "Jira", "Figma", "SAP", "Salesforce");

	static final List<String> SOFT_SKILLS = List.of("Communication", "Teamwork", "Leadership", "Problem solving",
			"Project management", "Time management", "Mentoring", "Negotiation", "Stakeholder management",
			"Critical thinking", "Customer service", "Public speaking", "Agile", "Scrum", "Adaptability");

	static final List<String> FIRST_NAMES = List.of("Ada", "Grace", "Alan", "Linus", "Margaret", "Dennis", "Barbara",
			"Ken", "Frances", "Tim", "Radia", "John", "Katherine", "Edsger", "Hedy", "Donald", "Sophie", "Niklaus",
			"Anita", "Guido", "Marie", "James", "Elena", "Omar", "Priya", "Mateo", "Yuki", "Fatima", "Lars", "Chen");

	static final List<String> LAST_NAMES = List.of("Lovelace", "Hopper", "Turing", "Torvalds", "Hamilton", "Ritchie",
			"Liskov", "Thompson", "Allen", "Berners-Lee", "Perlman", "McCarthy", "Johnson", "Dijkstra", "Lamarr", "Knuth",
			"Wilson", "Wirth", "Borg", "van Rossum", "Curie", "Gosling", "Petrova", "Haddad", "Sharma", "Garcia", "Tanaka",
			"Okafor", "Nilsson", "Wei");

	static final List<String> EMPLOYERS = List.of("Northwind Traders", "Contoso Ltd", "Globex Corporation",
			"Initech", "Umbrella Logistics", "Stark Analytics", "Wayne Financial", "Acme Retail", "Hooli",
			"Vandelay Industries", "Soylent Foods", "Tyrell Systems", "Cyberdyne Health", "Oceanic Airlines",
			"Blue Sun Energy", "Massive Dynamic");

	static final List<String> TITLES = List.of("Software Engineer", "Senior Software Engineer", "Backend Developer",
			"Frontend Developer", "Data Engineer", "Data Analyst", "DevOps Engineer", "Site Reliability Engineer",
			"Engineering Manager", "QA Engineer", "Product Manager", "Solutions Architect", "Machine Learning Engineer",
			"Business Analyst", "Technical Lead");

	static final List<String> SCHOOLS = List.of("University of Manchester", "Technical University of Munich",
			"University of Toronto", "National University of Singapore", "University of Cape Town",
			"Politecnico di Milano", "University of Washington", "Delft University of Technology",
			"University of Melbourne", "Universidad de Buenos Aires");

	static final List<String> DEGREES = List.of("BSc Computer Science", "MSc Software Engineering",
			"BEng Electrical Engineering", "BA Economics", "MSc Data Science", "BSc Mathematics",
			"MBA Technology Management");

	static final List<String> CITIES = List.of("London", "Berlin", "Toronto", "Singapore", "Cape Town", "Milan",
			"Seattle", "Amsterdam", "Melbourne", "Buenos Aires");

	private static final List<String> VERBS = List.of("Designed", "Built", "Led", "Migrated", "Automated", "Reduced",
			"Improved", "Delivered", "Introduced", "Maintained", "Scaled", "Refactored", "Mentored", "Owned");

	private static final List<String> OBJECTS = List.of("the order processing service", "a reporting pipeline",
			"the customer onboarding flow", "the billing platform", "an internal developer portal",
			"the search backend", "a real-time analytics dashboard", "the release process", "the public REST API",
			"a data warehouse", "the mobile checkout", "the identity and access service");

	private static final List<String> RESULTS = List.of("cutting latency by 40%", "serving 2 million users a day",
			"saving 12 hours of manual work a week", "with zero downtime", "ahead of schedule",
			"raising test coverage to 85%", "halving infrastructure cost", "across three teams",
			"for 30 enterprise customers", "reducing incidents by a third");

	private ResumeVocabulary() {
	}

	static String pick(Random random, List<String> words) {
		return words.get(random.nextInt(words.size()));
	}

	/** {@code count} distinct words of {@code words}, in a random order. */
	static List<String> distinct(Random random, List<String> words, int count) {
		List<String> shuffled = new ArrayList<>(words);
		Collections.shuffle(shuffled, random);
		return shuffled.subList(0, Math.min(count, shuffled.size()));
	}

	static String bullet(Random random, List<String> skills) {
		return pick(random, VERBS) + " " + pick(random, OBJECTS) + " with " + pick(random, skills) + ", "
				+ pick(random, RESULTS) + ".";
	}

}
