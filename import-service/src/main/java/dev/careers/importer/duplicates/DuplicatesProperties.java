package dev.careers.importer.duplicates;

import com.google.i18n.phonenumbers.PhoneNumberUtil;
import jakarta.validation.constraints.NotBlank;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * @param defaultRegion the ISO 3166 region whose numbering plan reads a phone number written
 * without a country code ({@code (555) 010-2030}); numbers with a {@code +} prefix carry their own
 */
@Validated
@ConfigurationProperties("careers.duplicates")
record DuplicatesProperties(@NotBlank @DefaultValue("US") String defaultRegion) {

	DuplicatesProperties {
		if (defaultRegion != null && !PhoneNumberUtil.getInstance().getSupportedRegions().contains(defaultRegion)) {
			throw new IllegalArgumentException(
					"careers.duplicates.default-region must be an ISO 3166 region code such as US or DE, not "
							+ defaultRegion);
		}
	}

}
