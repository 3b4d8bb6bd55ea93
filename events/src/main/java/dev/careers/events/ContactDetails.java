package dev.careers.events;

import java.util.List;

/** Contact details parsed from a resume; any of them may be null when the resume does not say. */
public record ContactDetails(String name, String email, String phone, List<String> links) {
}
