package dev.careers.worker.skills;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;

import dev.careers.events.SkillMatch;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The committed dictionary, as the worker loads it: what a recruiter expects to be found is found
 * (list items, duties, certifications, under the names a recruiter writes, with the text matched),
 * and the known false positives of {@code skills/false-positives.txt} stay unmatched.
 */
class SkillDictionaryTest {

	private static SkillMatcher matcher;

	@BeforeAll
	static void loadDictionary() {
		matcher = new SkillMatcher();
	}

	private static List<String> names(String text) {
		return matcher.match(text).stream().map(SkillMatch::name).toList();
	}

	@Test
	void versionNamesItsSources() {
		assertThat(matcher.taxonomyVersion()).contains("onet").contains("esco").contains("linguist");
	}

	@Test
	void findsWhatARecruiterExpects() {
		String resume = """
				Jane Doe
				Skills
				Python, Java, SQL, Kubernetes, Microsoft Excel, QuickBooks, customer service
				Languages
				Fluent in English and Spanish
				Experience
				Built Node.js services on Amazon Web Services and did project management.
				""";
		assertThat(names(resume)).contains("Python", "Java", "SQL", "Kubernetes", "Microsoft Excel",
				"Intuit QuickBooks", "Customer service", "English", "Spanish", "Node.js", "Amazon Web Services (AWS)",
				"Project management");
	}

	@Test
	void programmingLanguagesAreHardSkills() {
		assertThat(matcher.match("Skills: Python, Kotlin")).hasSize(2).allSatisfy(m -> {
			assertThat(m.type()).isEqualTo("hard");
			assertThat(m.category()).isEqualTo("Programming language");
		});
	}

	@Test
	void hotTechnologiesKeepTheirOnetCode() {
		assertThat(matcher.match("Skills: Microsoft Excel")).singleElement()
			.satisfies(m -> assertThat(m.skillId()).startsWith("onet:"));
	}

	@Test
	void knownFalsePositivesDoNotMatch() throws IOException {
		for (String line : lines("/skills/false-positives.txt")) {
			String[] parts = line.split("\\s*!=\\s*", 2);
			assertThat(names(parts[0])).as("\"%s\" must not match %s", parts[0], parts[1]).doesNotContain(parts[1]);
		}
	}

	private static List<String> lines(String resource) throws IOException {
		try (InputStream in = Objects.requireNonNull(SkillDictionaryTest.class.getResourceAsStream(resource))) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
				.filter(l -> !l.isBlank() && !l.startsWith("#"))
				.toList();
		}
	}

	private static SkillMatch named(String text, String name) {
		return matcher.match(text).stream().filter(m -> m.name().equals(name)).findFirst().orElseThrow(
				() -> new AssertionError(name + " not in " + names(text)));
	}

	@Test
	void eachMatchReportsTheExactTextItMatched() {
		String text = "Skills\nAdvanced MS Excel, time-management";

		SkillMatch time = named(text, "Time management");
		assertThat(time.matched()).isEqualTo("time-management");
		assertThat(text.substring(time.start(), time.end())).isEqualTo(time.matched());
		assertThat(time.evidence()).contains(time.matched());
	}

	@Test
	void namesAreTheOnesARecruiterWrites() {
		assertThat(names("Core Qualifications\nSQL, problem solving, critical thinking, time management"))
			.contains("SQL", "Problem solving", "Critical thinking", "Time management")
			.doesNotContain("manage time", "solve problems", "think critically");
	}

	@Test
	void aListItemThatNoEntryMapsIsKeptAsUnmappedWithLowerConfidence() {
		List<SkillMatch> skills = matcher.match("Skills\nQuickBooks, Pallet wrapping, Zorblax ledger tuning");

		assertThat(skills).filteredOn(m -> SkillMatch.UNMAPPED.equals(m.type()))
			.extracting(SkillMatch::name)
			.contains("Pallet wrapping", "Zorblax ledger tuning");
		SkillMatch unmapped = skills.stream().filter(m -> m.name().equals("Zorblax ledger tuning")).findFirst().orElseThrow();
		assertThat(unmapped.skillId()).isEqualTo("unmapped:zorblax ledger tuning");
		assertThat(unmapped.confidence()).isLessThan(named("Skills\nQuickBooks", "Intuit QuickBooks").confidence());
	}

	@Test
	void anUnknownAcronymIsKeptFromThreeLetters() {
		assertThat(names("Skills\nQuickBooks, RRAS, HP, PP")).contains("RRAS").doesNotContain("HP", "PP");
	}

	@Test
	void hrIsASkillWhereListedNotTheDepartmentOfASentence() {
		assertThat(names("Skills\nPayroll, HR, Recruiting")).contains("Human resources");
		assertThat(names("Experience\nWorked closely with HR business partners on reviews")).doesNotContain("Human resources");
	}

	@Test
	void influencingAndPersuasionAreTwoSkills() {
		assertThat(names("Skills\nEffectively influences others, persuasive")).contains("Influencing", "Persuasion");
	}

	@Test
	void collectionsAreDebtCollectionButACollectionOfDataIsNot() {
		assertThat(names("Skills\nCollections, billing")).contains("Debt collection");
		assertThat(names("Experience\nFacilitated collection of qualitative data and money collection"))
			.doesNotContain("Debt collection");
	}

	@Test
	void gasChromatographyIsItsAcronymWhereSkillsAreListedOnly() {
		assertThat(names("Skills\nHPLC, GC, Physical Chemistry")).contains("Gas chromatography");
		assertThat(names("Experience\nReported daily to the GC on site")).doesNotContain("Gas chromatography");
	}

	@Test
	void equipmentIsASkillWhereSkillsAreListedNotWhereASentenceMentionsIt() {
		assertThat(names("Skills\nTable saws, Pallet jacks, Carpentry")).contains("Table saws");
		assertThat(names("Experience\nCounted the cash drawers before each shift and cut boards on the table saw"))
			.doesNotContain("Cash drawers", "Table saws");
	}

	@Test
	void everydayWorkplaceSkillsAreFoundAndNamedAsARecruiterWrites() {
		SkillMatch reconciliation = named("Reconciled bank statements and processed payroll weekly", "Bank reconciliation");
		assertThat(reconciliation.matched()).isEqualTo("Reconciled bank statements");
		assertThat(reconciliation.skillId()).startsWith("careers:");
		assertThat(names("Reconciled bank statements and processed payroll weekly")).contains("Payroll");
		assertThat(names("Summary\nStrong interpersonal skills and attention to detail"))
			.contains("Interpersonal skills", "Attention to detail");
	}

	@Test
	void aDutyVerbNamesItsSkillOnlyWhereItLeadsADuty() {
		SkillMatch hiring = named("Hired and trained five cashiers", "Hiring");
		assertThat(hiring.matched()).isEqualTo("Hired");
		assertThat(names("Hired and trained five cashiers")).contains("Staff training");
		assertThat(names("Was hired as a teller in 2010")).doesNotContain("Hiring");
		assertThat(names("Trained in CPR and first aid")).doesNotContain("Staff training");
	}

	@Test
	void aDutyThatSaysThePersonRanATeamShowsStaffSupervision() {
		SkillMatch staff = named("Experience\nManaged a staff of 48 in two stores.", "Staff supervision");
		assertThat(staff.matched()).isEqualTo("Managed a staff");
		assertThat(names("Manages 7 employees")).contains("Staff supervision");
		assertThat(names("Oversaw up to eight account managers across the region")).contains("Staff supervision");
		assertThat(names("Led a team of customer service representatives")).contains("Staff supervision");
		// people served or things about people are no team
		assertThat(names("Managed payroll for 200 employees")).doesNotContain("Staff supervision");
		assertThat(names("Managed staff schedules and timesheets")).doesNotContain("Staff supervision");
		assertThat(names("Was managed by two directors")).doesNotContain("Staff supervision");
		assertThat(names("Provided direct care staff with supplies")).doesNotContain("Staff supervision");
	}

	@Test
	void aCredentialInASentenceCountsWhereItsAcronymAloneWouldNot() {
		SkillMatch cpr = named("Completed CPR training in 2010", "CPR");
		assertThat(cpr.category()).isEqualTo("certification");
	}

	@Test
	void theVocabularysWordsInAJobTitleNameNoSkill() {
		assertThat(names("Payroll Clerk\nSales Associate")).doesNotContain("Payroll", "Sales");
		assertThat(names("Experience\nTeam Lead, 2015 to 2018")).doesNotContain("Team leadership");
		// a title word in the vocabulary's own words, in prose, is no title
		assertThat(names("Experience\nResponsible for generating leads by phone")).contains("Lead generation");
	}

	@Test
	void plainlyNotSkillsAreLeftOutOfLists() {
		assertThat(names("Skills\nHard-working, Team player, Company Name, Office Manager, dependable"))
			.isEmpty();
	}

	@Test
	void itemsAreSplitAtCommasBulletsPipesAndColumnGaps() {
		assertThat(names("Highlights\nPallet wrapping | Cold calling\n\u2022 Route planning\nShift handover    Menu costing"))
			.contains("Pallet wrapping", "Cold calling", "Route planning", "Shift handover", "Menu costing");
	}

	@Test
	void aListItemMapsInAnotherWordOrderOrWithAnAmpersand() {
		assertThat(matcher.match("Skills\nManagement of risk, Safety & health")).extracting(SkillMatch::type)
			.isNotEmpty()
			.doesNotContain(SkillMatch.UNMAPPED);
	}

	@Test
	void aDutyShowsTheSkillItExercises() {
		assertThat(matcher.match("Experience\nIdentified risks in supplier contracts.")).isNotEmpty()
			.anySatisfy(m -> {
				assertThat(m.matched()).isEqualTo("Identified risks");
				assertThat(m.name()).isEqualTo("Risk identification");
			});
	}

	@Test
	void aDutyWordThatOnlySharesItsStemWithTheSkillsWordNamesNoSkill() {
		assertThat(names("Experience\nUsed tools internally developed by the team")).doesNotContain("International development");
		assertThat(names("Experience\nRepaired mechanical and electrical components")).contains("Mechanical repair")
			.doesNotContain("Electronic components");
	}

	@Test
	void escoDutiesAreNamedByTheirNoun() {
		assertThat(matcher.match("Skills\nPayroll, Budgets")).extracting(SkillMatch::name)
			.contains("Payroll")
			.doesNotContain("Manage payroll", "Oversee payroll");
		assertThat(matcher.match("Skills\nPayroll, Budgets")).filteredOn(m -> m.name().equals("Payroll"))
			.singleElement()
			.satisfies(m -> assertThat(m.skillId()).startsWith("http://data.europa.eu/esco/"));
	}

	@Test
	void aDutyWordInsideALongerListItemLeavesTheItemWhole() {
		assertThat(names("Skills\nAccounts Payable, Inventory lists")).doesNotContain("Accounts", "Inventory");
	}

	@Test
	void jobTitlesAndThingsMentionedInASentenceNameNoSkill() {
		assertThat(names("Experience\nProject Manager for the Marketing Director, later Sales Analyst.")).isEmpty();
		assertThat(names("Experience\nExplained company policies and quality standards to customers.")).isEmpty();
	}

	@Test
	void claimsAboutThePersonAndDutyFragmentsAreNoListItems() {
		assertThat(names("Skills\nStrong work ethic, Proven patience and self-discipline, works well with others, "
				+ "Translated business goals, 20+ years related experience")).isEmpty();
		assertThat(names("Skills\nAbility to, Zorblax ledger and\npage 2")).isEmpty();
	}

	@Test
	void aPersonsTemperAndThePeopleTheyReportToAreNoSkills() {
		assertThat(names("Skills\nSelf-directed, Service-minded, Professional demeanor, Senior Management, Payroll"))
			.containsExactly("Payroll");
		assertThat(names("Summary\nA self-starter with a positive, can-do attitude and a positive attitude who works "
				+ "efficiently.")).isEmpty();
	}

	@Test
	void telecommunicationSkillsAreTelephoneHandlingAndWhatOneAttendsOrAimsAtIsNoSkill() {
		assertThat(names("Skills\nTelecommunication skills, Telecommunications")).contains("Telephone handling",
				"Telecommunications");
		assertThat(names("Experience\nCommitted to professional development. Ensured customer satisfaction and "
				+ "helped customers.")).isEmpty();
	}

	@Test
	void aListsLabelASelfGradeAMembershipAndABodyLiftAreNoItems() {
		assertThat(names("Skills\nZorblax Tools: Quorvin Draw, Vexta Paint\nExcellent driving record, Good at following "
				+ "instructions, Member of Riverside Helping Hands, Lifting 50+ pounds, any task")).containsExactlyInAnyOrder(
						"Quorvin Draw", "Vexta Paint");
	}

	@Test
	void aSkillsLineThatOpensWithADutyIsASentence() {
		assertThat(names("Skills\nPartnered with law firms, judges, Zorblax Mayors office, Zorblax City Bar")).isEmpty();
		assertThat(names("Skills\nZorblax ledger, Quorvin tables, Vendor relations")).contains("Zorblax ledger", "Quorvin tables");
	}

	@Test
	void collaborationIsTeamworkOnlyWhereItIsClaimedAsASkill() {
		assertThat(names("Experience\nCreated policies in collaboration with the project teams.")).doesNotContain("Teamwork");
		assertThat(names("Skills\nCollaboration, Payroll")).contains("Teamwork");
		assertThat(names("Summary\nStrong collaboration and communication skills.")).contains("Teamwork");
	}

	@Test
	void certificationsAndLicencesAreFoundByTheirShape() {
		assertThat(names("Certifications\nCertified Public Accountant, 2015\nCommercial Driver's License Class A\n"
				+ "Passed the Series 7 and 63 exams. PMP since 2019.")).contains("Certified Public Accountant",
						"Commercial Driver's License Class A", "Series 7 and 63", "PMP");
		assertThat(names("Certifications\nProject Management Professional (PMP)"))
			.contains("Project Management Professional (PMP)");
	}

	@Test
	void aCertificationKeepsItsVendorItsClassAndTheKindsItCovers() {
		assertThat(names("Certifications\nMicrosoft Certified Professional, 2013\nClass \"A\" Commercial Driver License (CDL)\n"
				+ "Casualty and Property P&C Insurance License received 2011")).contains("Microsoft Certified Professional",
						"Class \"A\" Commercial Driver License (CDL)", "Casualty and Property P&C Insurance License");
	}

	@Test
	void certificationsNamedBeforeTheWordOrByARoleAndClearancesAreFound() {
		assertThat(names("Certifications\nFirst Aid/CPR Certified\nCertified forklift operator since 2012\n"
				+ "Active DoD Secret Security Clearance\nTWIC card")).contains("First Aid/CPR Certified",
						"Certified forklift operator", "Active DoD Secret Security Clearance", "TWIC card");
		assertThat(names("Experience\nCertified Network Associate, Cisco Certified Network Associate"))
			.doesNotContain("Cisco Certified");
	}

	@Test
	void aProductNameWithAnInnerCapitalIsFoundWrittenAsTwoWords() {
		assertThat(names("Skills\nPower Point, Quick Books")).contains("Microsoft PowerPoint", "Intuit QuickBooks");
		assertThat(names("Experience\nPower point of the plan")).doesNotContain("Microsoft PowerPoint");
	}

	@Test
	void spokenLanguagesCountWithAProficiencyPhrase() {
		assertThat(names("Bilingual in English and Spanish")).contains("English", "Spanish");
	}

	@Test
	void aSkillWordInsideAnOrganisationNameIsNoSkill() {
		assertThat(names("Education\nRiverside Adult Education Center, 2008")).doesNotContain("Adult education");
		assertThat(names("Education\nBachelor of Arts, Psychology, 2012")).doesNotContain("Psychology");
		assertThat(names("Education\nCoursework in Business, Restaurant and Hotel Management")).doesNotContain("Hotel management");
		assertThat(names("Experience\nHotel management for a resort of 200 rooms")).contains("Hotel management");
		assertThat(names("Education\nMAJOR: Psychology")).doesNotContain("Psychology");
	}

	@Test
	void degreeWordsOfOrdinaryProseMakeNoDegreeLine() {
		assertThat(names("Experience\nKept coding, sanitation, equipment and major appliances in order"))
			.contains("Sanitation");
		assertThat(names("Experience\nRan accounts payable for a minor league team")).contains("Accounts payable");
	}

	@Test
	void aGenericWordStandingInASentenceIsNoSkill() {
		assertThat(names("Experience\nImproved operational statistics and efficiency.")).doesNotContain("Statistics");
		assertThat(names("Skills\nStatistics, Forecasting")).contains("Statistics");
	}

	@Test
	void everydaySoftSkillsAreFoundInTheWordsOfAResume() {
		assertThat(names("Summary\nOffers organizational, problem-solving, communications, and customer service skills"))
			.contains("Organizational skills", "Problem solving", "Communication skills", "Customer service");
		assertThat(names("Skills\nOrganization\nCommunication\nTeam Building")).contains("Organizational skills",
				"Communication skills", "Team building");
		assertThat(names("Skills\nTeam Building")).doesNotContain("Team leadership");
		assertThat(names("Experience\nHandled communication with vendors")).doesNotContain("Communication skills");
		assertThat(names("Experience\nDelivered excellent client service")).contains("Customer service");
	}

	@Test
	void theRecruitersNameWinsOverAShorterSkillInsideIt() {
		assertThat(names("Skills\nOrganizational development, wet chemistry, cGMP, sales reports")).contains(
				"Organizational development", "Wet chemistry", "Good manufacturing practice (GMP)", "Sales reporting")
			.doesNotContain("Organizational skills", "Chemistry", "Sales");
	}

	@Test
	void aSkillRecruitersRecordApartIsNotFoldedIntoABroaderOne() {
		assertThat(names("Experience\nDrove cost savings, renegotiated contracts and handled escalations in "
				+ "cross-functional teams")).contains("Cost reduction", "Contract negotiation", "Escalation management",
						"Cross-functional collaboration")
			.doesNotContain("Cost control", "Teamwork");
	}

	@Test
	void anEverydayWordIsNoBrandAndNoSportsEquipment() {
		assertThat(names("Skills\nCheckout, VIP service, Basketballs\nExperience\nRan checkout for VIP guests"))
			.doesNotContain("Google Checkout", "Landmark VIP", "Basketballs");
	}

	@Test
	void laboratoryAndSystemsAnalysisMethodsAreFoundInProse() {
		assertThat(names("Experience\nPerformed gap analysis and data mapping; led user acceptance testing. Ran "
				+ "chromatography and spectroscopy, dissolution testing and CAPA investigations")).contains("Gap analysis",
						"Data mapping", "User acceptance testing (UAT)", "Chromatography", "Spectroscopy",
						"Dissolution testing", "CAPA");
	}

	@Test
	void everydayTermsOfAccountingSalesAndOperationsAreFoundInProse() {
		assertThat(names("Experience\nPrepared the trial balance and credit memos. Led inside sales and sales training; "
				+ "handled incident management and firewalls; DOT pre-trip inspections")).contains("Trial balance",
						"Credit memos", "Inside sales", "Sales training", "Incident management", "Firewalls",
						"Pre-trip inspections");
	}

}
