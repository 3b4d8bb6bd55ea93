package dev.careers.importer.duplicates;

import java.util.Locale;
import java.util.regex.Pattern;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;

import org.springframework.stereotype.Component;

/**
 * Contact details in the forms two applicants are compared in. An email compares without case and
 * surrounding space; a phone number compares in E.164 ({@code +15550102030}), read with
 * libphonenumber in the configured default region when it has no country code. A value that is not
 * a plausible address or number gives no key: it can never make a match.
 */
@Component
class ContactKeys {

	private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

	private final PhoneNumberUtil phones = PhoneNumberUtil.getInstance();

	private final String defaultRegion;

	ContactKeys(DuplicatesProperties properties) {
		this.defaultRegion = properties.defaultRegion();
	}

	/** The email in lower case, or null when there is none. */
	String email(String email) {
		if (email == null) {
			return null;
		}
		String key = email.strip().toLowerCase(Locale.ROOT);
		return EMAIL.matcher(key).matches() ? key : null;
	}

	/**
	 * The phone number in E.164, or null when there is none or its length cannot be a number of its
	 * region (possible, not valid: a newly assigned range must not go unmatched for stale metadata).
	 */
	String phone(String phone) {
		if (phone == null || phone.isBlank()) {
			return null;
		}
		try {
			PhoneNumber number = phones.parse(phone, defaultRegion);
			return phones.isPossibleNumber(number) ? phones.format(number, PhoneNumberFormat.E164) : null;
		}
		catch (NumberParseException notANumber) {
			return null;
		}
	}

}
