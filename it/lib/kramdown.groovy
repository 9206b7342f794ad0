// Shared by the ITs' verify.groovy: converts a kramdown-rfc draft with Debian's kramdown-rfc2629,
// offline and hermetic (KRAMDOWN_OFFLINE, a new empty reference cache, every proxy variable at a
// closed port, no input), from the draft's folder (where its {::include} paths start). Writes the
// XML to xmlFile and returns [exitCode: …, err: what it printed on standard error, xml: the
// output], or null when kramdown-rfc2629 is absent (allowed only outside CI: CI=true makes its
// absence fail). Use:
//   def kramdown = evaluate(new File(itSource, 'lib/kramdown.groovy'))
//   def converted = kramdown(new File(basedir, 'draft.md'), new File(basedir, 'target/draft-md.xml'))
return { File draft, File xmlFile ->
    def command = ['/usr/bin/kramdown-rfc2629', '/usr/local/bin/kramdown-rfc2629'].find { new File(it).canExecute() }
    if (command == null) {
        assert System.getenv('CI') != 'true' : 'CI must have kramdown-rfc2629 (.ci/run installs ruby-kramdown-rfc2629)'
        println "SKIPPED kramdown-rfc conversion of ${draft.name}: kramdown-rfc2629 is not installed"
        return null
    }
    def pb = new ProcessBuilder(command, draft.name).directory(draft.absoluteFile.parentFile)
    pb.environment().put('KRAMDOWN_OFFLINE', '1')
    pb.environment().put('KRAMDOWN_REFCACHEDIR', File.createTempDir('kramdown-cache', '').absolutePath)
    ['http_proxy', 'https_proxy', 'HTTP_PROXY', 'HTTPS_PROXY'].each { pb.environment().put(it, 'http://127.0.0.1:9') }
    pb.redirectInput(ProcessBuilder.Redirect.from(new File('/dev/null')))
    xmlFile.parentFile.mkdirs()
    def errFile = new File(xmlFile.parentFile, xmlFile.name + '.stderr')
    pb.redirectOutput(xmlFile).redirectError(errFile)
    def process = pb.start()
    assert process.waitFor(120, java.util.concurrent.TimeUnit.SECONDS) : "kramdown-rfc2629 did not finish on ${draft.name}"
    return [exitCode: process.exitValue(), err: errFile.text, xml: xmlFile.getText('UTF-8')]
}
