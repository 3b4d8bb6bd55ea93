package dev.careers.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** deploy/jib-profile.xml, the images profile the root pom carries: what every image must be. */
class JibProfileTest {

	private final Element profile = parse("deploy/jib-profile.xml").getDocumentElement();

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
	void imagesRunTheServicesAsNonRootOnTheTemurinJreWithContainerSizedHeaps() {
		assertThat(text(first(profile, "from"), "image")).isEqualTo("eclipse-temurin:17-jre");
		assertThat(text(first(profile, "to"), "image")).isEqualTo("careers/${project.artifactId}:${project.version}");
		Element container = first(profile, "container");
		assertThat(text(container, "user")).doesNotStartWith("0").doesNotStartWith("root");
		assertThat(texts(container, "jvmFlag")).contains("-XX:MaxRAMPercentage=75", "-XX:+ExitOnOutOfMemoryError");
		assertThat(texts(container, "port")).containsExactly("${image.port}");
	}

	@Test
	void theRootPomPinsTheJibVersion() {
		Element root = parse("pom.xml").getDocumentElement();
		assertThat(text(first(root, "properties"), "jib.version")).isEqualTo("3.5.2");
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
