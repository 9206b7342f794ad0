// The cli jar the build attached (classifier cli), run with only java on PATH and nothing else
// in its environment, on the copies without a POM: the same findings as the Maven goal's log,
// the same findings.json, findings.sarif and fragments byte for byte; bad usage exits 2.
import java.nio.file.Files
import java.util.regex.Pattern

def jar = new File(localRepositoryPath,
        "org/ipsecprofile/ipsec-profile-maven-plugin/${pluginVersion}/ipsec-profile-maven-plugin-${pluginVersion}-cli.jar")
assert jar.isFile() : "the cli jar is not installed with the plugin: ${jar}"

// A folder whose only program is java: the PATH of every run.
def onlyJava = new File(basedir, 'only-java')
onlyJava.mkdirs()
def java = new File(onlyJava, 'java')
if (!java.exists()) {
    Files.createSymbolicLink(java.toPath(), new File(System.getProperty('java.home'), 'bin/java').toPath())
}

def runCli(File java, File onlyJava, File jar, File directory, List<String> args) {
    def builder = new ProcessBuilder([java.path, '-jar', jar.path] + args).directory(directory)
    builder.environment().clear()
    builder.environment().put('PATH', onlyJava.path)
    def process = builder.start()
    def out = new ByteArrayOutputStream()
    def err = new ByteArrayOutputStream()
    process.consumeProcessOutput(out, err)
    int status = process.waitFor()
    [status: status, out: out.toString('UTF-8'), err: err.toString('UTF-8')]
}

def files(File folder) {
    def files = new TreeMap()
    folder.eachFileRecurse { if (it.isFile()) { files[folder.toPath().relativize(it.toPath()).toString()] = it.bytes } }
    files
}

def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('BUILD SUCCESS')

for (example in ['bgp-example', 'modern-example']) {
    def cli = new File(basedir, "cli/${example}")
    def maven = new File(basedir, "maven/${example}")
    assert !new File(cli, 'pom.xml').exists()

    // check, in the copy's folder with no DIR: the default folder is the current one.
    def check = runCli(java, onlyJava, jar, cli, ['check'])
    assert check.status == 0 : "${example}: check exited ${check.status}:\n${check.err}"
    def findingLines = check.err.readLines().findAll { it ==~ /^[^ ]+:\d+:\d+: \[[a-z0-9-]+\] .*/ }
    assert !findingLines.isEmpty() : "${example}: check printed no finding:\n${check.err}"
    for (line in findingLines) {
        assert log =~ /\[(INFO|WARNING|ERROR)\] ${Pattern.quote(line)}/ :
                "${example}: the Maven log has no line ${line}"
    }
    for (name in ['findings.json', 'findings.sarif']) {
        assert new File(cli, "target/ipsec-profile/${name}").bytes == new File(maven, "target/ipsec-profile/${name}").bytes :
                "${example}: check's ${name} differs from the Maven goal's"
    }

    def generate = runCli(java, onlyJava, jar, cli, ['generate'])
    assert generate.status == 0 : "${example}: generate exited ${generate.status}:\n${generate.err}"
    def written = files(new File(cli, 'target/generated-sources/ipsec-profile'))
    def expected = files(new File(maven, 'target/generated-sources/ipsec-profile'))
    assert written.keySet() == expected.keySet()
    assert written.containsKey('xml2rfc/security-considerations.xml')
    for (name in expected.keySet()) {
        assert written[name] == expected[name] : "${example}: ${name} differs from the Maven goal's"
    }
    for (name in ['findings.json', 'findings.sarif']) {
        assert new File(cli, "target/ipsec-profile/${name}").bytes == new File(maven, "target/ipsec-profile/${name}").bytes
    }
    def again = runCli(java, onlyJava, jar, cli, ['generate'])
    assert again.status == 0
    assert again.err =~ /IPsec profile: 0 file\(s\) written, \d+ unchanged/ : "${example}: a second generate rewrote files"
}

def bgp = new File(basedir, 'cli/bgp-example')
def failing = runCli(java, onlyJava, jar, bgp, ['check', '--fail-on', 'warning'])
assert failing.status == 1 : "findings at --fail-on warning must exit 1, not ${failing.status}"
assert failing.err.contains('IPsec profile check failed: 3 findings at or above failOn=warning')

def badLevel = runCli(java, onlyJava, jar, bgp, ['check', '--fail-on', 'sometimes'])
assert badLevel.status == 2
assert badLevel.err.contains("Invalid value for option '--fail-on'")
def unknown = runCli(java, onlyJava, jar, bgp, ['check', '--no-such-option'])
assert unknown.status == 2
assert unknown.err.contains("'--no-such-option'")
def badSeverity = runCli(java, onlyJava, jar, bgp, ['check', '--severity', 'nat-traversal'])
assert badSeverity.status == 2
assert badSeverity.err.contains('--severity')
assert !(badLevel.err + unknown.err + badSeverity.err).contains('\tat ') : 'bad usage printed a stack trace'

def version = runCli(java, onlyJava, jar, bgp, ['--version'])
assert version.status == 0
assert version.out.trim() == "ipsec-profile ${pluginVersion}"
def rules = runCli(java, onlyJava, jar, bgp, ['rules'])
assert rules.status == 0
assert rules.out.readLines().any { it.startsWith('just-use-ipsec ') }

// Nothing of Maven in the jar.
def entries = new java.util.zip.ZipFile(jar).withCloseable { zip -> zip.entries().collect { it.name } }
assert entries.contains('org/ipsecprofile/cli/Main.class')
assert entries.contains('picocli/CommandLine.class')
def mavenEntries = entries.findAll { it.startsWith('org/apache/maven/') || it.startsWith('org/ipsecprofile/mojo/')
        || it.startsWith('org/codehaus/plexus/') || it.startsWith('META-INF/maven/') }
assert mavenEntries.isEmpty() : "the cli jar holds Maven classes or metadata: ${mavenEntries.take(5)}"
true
