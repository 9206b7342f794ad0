package org.ipsecprofile.mojo;

import static org.apache.maven.api.plugin.testing.MojoExtension.setVariableValueToObject;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.ipsecprofile.parse.DescriptorParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The init goal as Maven configures it, writing into a temporary project. */
@MojoTest
class InitMojoTest {

    private static final String POM = "src/test/projects/init/pom.xml";

    @TempDir
    Path project;

    private final RecordingLog log = new RecordingLog();

    private InitMojo configure(InitMojo mojo, String id, String protocol) throws IllegalAccessException {
        setVariableValueToObject(mojo, "baseDirectory", project.toFile());
        setVariableValueToObject(
                mojo, "descriptorDirectory", project.resolve("src/main/ipsec").toFile());
        setVariableValueToObject(mojo, "id", id);
        setVariableValueToObject(mojo, "protocol", protocol);
        mojo.setLog(log);
        return mojo;
    }

    private Path descriptor() {
        return project.resolve("src/main/ipsec/foo.yaml");
    }

    @Test
    @InjectMojo(goal = "init", pom = POM)
    void writesAStarterThatParses(InitMojo mojo) throws Exception {
        configure(mojo, "foo", "Foo").execute();

        assertThat(descriptor()).exists();
        assertThat(new DescriptorParser()
                        .parse(descriptor(), "src/main/ipsec/foo.yaml")
                        .problems())
                .isEmpty();
        assertThat(Files.readString(descriptor())).contains("\nid: foo\n", "  name: \"Foo\"\n", "  version: 3\n");
        assertThat(log.lines).anyMatch(l -> l.startsWith("[INFO] IPsec profile: wrote src/main/ipsec/foo.yaml."));
    }

    @Test
    @InjectMojo(goal = "init", pom = POM)
    void writesTheConfiguredIpsecVersion(InitMojo mojo) throws Exception {
        configure(mojo, "foo", "Foo");
        setVariableValueToObject(mojo, "ipsecVersion", 2);

        mojo.execute();

        assertThat(Files.readString(descriptor())).contains("  version: 2\n");
    }

    @Test
    @InjectMojo(goal = "init", pom = POM)
    void neverOverwritesAnExistingFile(InitMojo mojo) throws Exception {
        Files.createDirectories(descriptor().getParent());
        Files.writeString(descriptor(), "# mine\n", StandardCharsets.UTF_8);

        assertThatThrownBy(() -> configure(mojo, "foo", "Foo").execute())
                .isInstanceOf(MojoFailureException.class)
                .hasMessageContaining("src/main/ipsec/foo.yaml already exists; init never overwrites");
        assertThat(Files.readString(descriptor())).isEqualTo("# mine\n");
    }

    @Test
    @InjectMojo(goal = "init", pom = POM)
    void refusesAnIdThatBreaksTheRuleForIds(InitMojo mojo) throws Exception {
        assertThatThrownBy(() -> configure(mojo, "../Foo", "Foo").execute())
                .isInstanceOf(MojoExecutionException.class)
                .hasMessageContaining("-Did=../Foo: id '../Foo' is not allowed")
                .hasMessageContaining("[a-z][a-z0-9-]{0,62}");
        assertThat(project.resolve("src")).doesNotExist();
    }

    @Test
    @InjectMojo(goal = "init", pom = POM)
    void refusesAWindowsDeviceName(InitMojo mojo) throws Exception {
        assertThatThrownBy(() -> configure(mojo, "aux", "Foo").execute())
                .isInstanceOf(MojoExecutionException.class)
                .hasMessageContaining("reserved device name");
    }

    @Test
    @InjectMojo(goal = "init", pom = POM)
    void refusesAMissingId(InitMojo mojo) throws Exception {
        assertThatThrownBy(() -> configure(mojo, null, "Foo").execute())
                .isInstanceOf(MojoExecutionException.class)
                .hasMessageContaining("add -Did=<id>");
    }

    @Test
    @InjectMojo(goal = "init", pom = POM)
    void refusesAMissingProtocol(InitMojo mojo) throws Exception {
        assertThatThrownBy(() -> configure(mojo, "foo", null).execute())
                .isInstanceOf(MojoExecutionException.class)
                .hasMessageContaining("add -Dprotocol=<name>");
        assertThat(descriptor()).doesNotExist();
    }

    @Test
    @InjectMojo(goal = "init", pom = POM)
    void refusesAnUnknownIpsecVersion(InitMojo mojo) throws Exception {
        configure(mojo, "foo", "Foo");
        setVariableValueToObject(mojo, "ipsecVersion", 4);

        assertThatThrownBy(mojo::execute)
                .isInstanceOf(MojoExecutionException.class)
                .hasMessageContaining("write 3");
        assertThat(descriptor()).doesNotExist();
    }
}
