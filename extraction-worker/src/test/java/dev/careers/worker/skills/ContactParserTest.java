package dev.careers.worker.skills;

import dev.careers.events.ContactDetails;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ContactParserTest {

	private final ContactParser parser = new ContactParser();

	@Test
	void readsTheContactBlockOfAResume() {
		ContactDetails contact = parser.parse("""
				Jane Q. Doe
				Senior Software Engineer
				jane.doe+jobs@Example.COM | (555) 123-4567 | linkedin.com/in/janedoe | https://github.com/jdoe
				Summary
				Ten years of Java.
				""");
		assertThat(contact.name()).isEqualTo("Jane Q. Doe");
		assertThat(contact.email()).isEqualTo("jane.doe+jobs@example.com");
		assertThat(contact.phone()).isEqualTo("(555) 123-4567");
		assertThat(contact.links()).containsExactly("https://linkedin.com/in/janedoe", "https://github.com/jdoe");
	}

	@Test
	void phoneNumbersInCommonFormats() {
		assertThat(parser.parse("Call 555.123.4567 today").phone()).isEqualTo("555.123.4567");
		assertThat(parser.parse("Mobile: +44 20 7946 0958").phone()).isEqualTo("+44 20 7946 0958");
		assertThat(parser.parse("Phone +1-555-123-4567").phone()).isEqualTo("+1-555-123-4567");
		assertThat(parser.parse("tel 5551234567").phone()).isEqualTo("5551234567");
	}

	@Test
	void yearsAndShortNumbersAreNoPhone() {
		assertThat(parser.parse("Cashier 2010 - 2015 2016\nZip 12345").phone()).isNull();
		assertThat(parser.parse("Managed 1,200,000 dollars").phone()).isNull();
	}

	@Test
	void linksWithOrWithoutSchemeAreAbsolute() {
		assertThat(parser.parse("Profile: www.linkedin.com/in/jdoe. Portfolio: http://jdoe.dev/work").links())
			.containsExactly("https://www.linkedin.com/in/jdoe", "http://jdoe.dev/work");
	}

	@Test
	void anEmailIsNoLink() {
		assertThat(parser.parse("mail me at someone@github.com").links()).isEmpty();
	}

	@Test
	void aNameInCapitalsIsTitleCased() {
		assertThat(parser.parse("JOHN O'BRIEN\nAccountant").name()).isEqualTo("John O'Brien");
	}

	@Test
	void headingsTitlesAndContactLinesAreNoName() {
		assertThat(parser.parse("Curriculum Vitae\nSenior Accountant\njohn@example.com\nMaria Lopez").name())
			.isEqualTo("Maria Lopez");
		assertThat(parser.parse("ACCOUNTANT\nProfessional Summary\nCity, State 12345").name()).isNull();
		assertThat(parser.parse("Skill Highlights\nCore Qualifications\nCareer Focus\nWork History").name()).isNull();
	}

	@Test
	void aResumeWithoutContactDetailsYieldsNulls() {
		ContactDetails contact = parser.parse("");
		assertThat(contact.name()).isNull();
		assertThat(contact.email()).isNull();
		assertThat(contact.phone()).isNull();
		assertThat(contact.links()).isEmpty();
	}

}
