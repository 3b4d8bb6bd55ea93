package dev.careers.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The root pom's {@code images} profile: what every image must be, and which modules build one. */
class JibProfileTest {

	private static final Map<String, String> SERVICE_PORTS = Map.of("gateway", "8080", "import-service", "8081",
			"history-service", "8082", "extraction-worker", "8083");

	private final Element profile = imagesProfile();

	@Test
	void theProfileBuildsAnImageTarballAtPackage() {
		assertThat(text(profile, "id")).isEqualTo("images");
		Element plugin = first(profile, "plugin");
		assertThat(text(plugin, "groupId")).isEqualTo("com.google.cloud.tools");
		assertThat(text(plugin, "artifactId")).isEqualTo("jib-maven-plugin");
		Element execution = first(plugin, "execution");
		assertThat(text(execution, "phase")).isEqualTo("package");
		assertThat(texts(execution, "goal")).containsExactly("buildTar");
	}

	@Test
	void everyModuleIsSkippedUnlessItsPomSaysOtherwise() {
		assertThat(text(first(profile, "properties"), "jib.skip")).isEqualTo("true");
	}

	@Test
	void imagesAreNamedUnderCareersUnlessARegistryIsGiven() {
		assertThat(text(first(profile, "properties"), "image.repository")).isEqualTo("careers");
		assertThat(text(first(profile, "to"), "image")).isEqualTo("${image.repository}/${project.artifactId}:${project.version}");
	}

	@Test
	void imagesRunTheServicesAsNonRootOnTheTemurinJreWithContainerSizedHeaps() {
		assertThat(text(first(profile, "from"), "image")).isEqualTo("eclipse-temurin:17-jre");
		Element container = first(profile, "container");
		assertThat(text(container, "user")).doesNotStartWith("0").doesNotStartWith("root");
		assertThat(texts(container, "jvmFlag")).contains("-XX:MaxRAMPercentage=75", "-XX:+ExitOnOutOfMemoryError");
		assertThat(texts(container, "port")).containsExactly("${image.port}");
	}

	@Test
	void theRootPomPinsTheJibVersionAndSkipsImagesByDefault() {
		Element root = parse("pom.xml").getDocumentElement();
		assertThat(text(first(root, "properties"), "jib.version")).isEqualTo("3.5.2");
		assertThat(text(first(root, "properties"), "jib.skip")).isEqualTo("true");
	}

	@Test
	void eachServiceBuildsAnImageExposingItsOwnPort() {
		SERVICE_PORTS.forEach((service, port) -> {
			Element properties = first(parse(service + "/pom.xml").getDocumentElement(), "properties");
			assertThat(text(properties, "jib.skip")).as(service).isEqualTo("false");
			assertThat(text(properties, "image.port")).as(service).isEqualTo(port);
		});
	}

	private static Element imagesProfile() {
		NodeList profiles = parse("pom.xml").getDocumentElement().getElementsByTagName("profile");
		for (int i = 0; i < profiles.getLength(); i++) {
			Element candidate = (Element) profiles.item(i);
			if ("images".equals(text(candidate, "id"))) {
				return candidate;
			}
		}
		throw new AssertionError("the root pom has no profile `images`");
	}

	private static Document parse(String relative) {
		try {
			return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(Repository.path(relative).toFile());
		}
		catch (Exception ex) {
			throw new IllegalStateException("cannot parse " + relative, ex);
		}
	}

	private static Element first(Element parent, String tag) {
		NodeList nodes = parent.getElementsByTagName(tag);
		assertThat(nodes.getLength()).as("<%s> in <%s>", tag, parent.getTagName()).isPositive();
		return (Element) nodes.item(0);
	}

	private static String text(Element parent, String tag) {
		return first(parent, tag).getTextContent().trim();
	}

	private static List<String> texts(Element parent, String tag) {
		NodeList nodes = parent.getElementsByTagName(tag);
		List<String> texts = new ArrayList<>();
		for (int i = 0; i < nodes.getLength(); i++) {
			texts.add(nodes.item(i).getTextContent().trim());
		}
		return texts;
	}

}
