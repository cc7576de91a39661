package dev.slakit.downstream;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * This module is the user's project of README.md's "Depending on it": it declares exactly the dependencies that
 * section shows, no more, so its green build (enforcer convergence on, every snippet compiled and run) proves
 * the section is enough.
 */
class DependingOnItTest {

    @Test
    void thisProjectDeclaresExactlyTheReadmeDependencies() throws Exception {
        String block = Markdown.firstBlock(Markdown.section(Markdown.readme(), "Depending on it"), "xml");
        Element readme = parse("<project>" + block + "</project>");
        Element pom = parse(new String(java.nio.file.Files.readAllBytes(Markdown.root().resolve("downstream/pom.xml")),
                StandardCharsets.UTF_8));

        List<String> fromReadme = declared(readme);
        List<String> fromPom = declared(pom);

        assertThat(fromReadme).as("dependencies in README.md 'Depending on it'").isNotEmpty()
                .contains("dependencyManagement dev.slakit:slakit-bom:0.1.0-SNAPSHOT type=pom scope=import");
        assertThat(fromPom).as("downstream/pom.xml against README.md").containsExactlyElementsOf(fromReadme);
    }

    @Test
    void theBomVersionIsTheVersionBeingBuilt() throws Exception {
        String block = Markdown.firstBlock(Markdown.section(Markdown.readme(), "Depending on it"), "xml");
        Element bom = parse(new String(java.nio.file.Files.readAllBytes(Markdown.root().resolve("bom/pom.xml")),
                StandardCharsets.UTF_8));
        String version = child(bom, "version");

        assertThat(block).contains("<version>" + version + "</version>");
    }

    /** Every dependency under project/dependencyManagement and project/dependencies, as one line each. */
    private static List<String> declared(Element project) {
        List<String> out = new ArrayList<>();
        for (Node n = project.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && (e.getTagName().equals("dependencyManagement") || e.getTagName().equals("dependencies"))) {
                NodeList deps = e.getElementsByTagName("dependency");
                for (int i = 0; i < deps.getLength(); i++) {
                    Element d = (Element) deps.item(i);
                    out.add(e.getTagName() + " " + child(d, "groupId") + ":" + child(d, "artifactId")
                            + (child(d, "version") == null ? "" : ":" + child(d, "version"))
                            + (child(d, "type") == null ? "" : " type=" + child(d, "type"))
                            + (child(d, "scope") == null ? "" : " scope=" + child(d, "scope"))
                            + (child(d, "optional") == null ? "" : " optional=" + child(d, "optional"))
                            + (d.getElementsByTagName("exclusions").getLength() == 0 ? "" : " with exclusions"));
                }
            }
        }
        return out;
    }

    private static String child(Element parent, String tag) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getTagName().equals(tag)) {
                return e.getTextContent().trim();
            }
        }
        return null;
    }

    private static Element parse(String xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)))
                .getDocumentElement();
    }
}
