package app.kasus.interchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.kasus.base.InvalidInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SafeXmlTest {

    @Test
    void parsesOrdinaryXmlWithNamespaces() {
        var doc = SafeXml.parse(utf8("<?xml version=\"1.0\" encoding=\"utf-8\"?><Project xmlns=\"urn:QDA-XML:project:1.0\" "
                + "name=\"é\"/>"), "file", "project.qde");
        assertThat(doc.getDocumentElement().getNamespaceURI()).isEqualTo("urn:QDA-XML:project:1.0");
        assertThat(doc.getDocumentElement().getAttribute("name")).isEqualTo("é");
    }

    @Test
    void refusesABillionLaughs() {
        String bomb = "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\">"
                + "<!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">"
                + "<!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\">]>"
                + "<Project name=\"&lol3;\"/>";
        assertThatThrownBy(() -> SafeXml.parse(utf8(bomb), "file", "project.qde"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("project.qde")
                .hasMessageContaining("DOCTYPE");
    }

    @Test
    void refusesExternalEntities(@TempDir Path dir) throws Exception {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "top secret");
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE p [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>"
                + "<Project name=\"&xxe;\"/>";
        assertThatThrownBy(() -> SafeXml.parse(utf8(xxe), "file", "project.qde"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("DOCTYPE")
                .hasMessageNotContaining("top secret");
    }

    @Test
    void refusesXInclude(@TempDir Path dir) throws Exception {
        Path secret = Files.writeString(dir.resolve("secret.xml"), "<s>top secret</s>");
        String xinclude = "<Project xmlns:xi=\"http://www.w3.org/2001/XInclude\"><xi:include href=\""
                + secret.toUri() + "\"/></Project>";
        var doc = SafeXml.parse(utf8(xinclude), "file", "project.qde");
        assertThat(doc.getDocumentElement().getTextContent()).doesNotContain("top secret");
    }

    @Test
    void namesAWrongEncoding() {
        byte[] latin1 = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Project name=\"caf\u00e9\"/>"
                .getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> SafeXml.parse(latin1, "file", "project.qde"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("encoding");
    }

    @Test
    void namesMalformedXml() {
        assertThatThrownBy(() -> SafeXml.parse(utf8("<Project><Users></Project>"), "file", "project.qde"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("not well-formed");
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
