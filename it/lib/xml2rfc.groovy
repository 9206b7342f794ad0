// Shared by the ITs' verify.groovy: renders an xml2rfc draft with the real xml2rfc, offline and
// hermetic (no configuration files, -N, a new empty reference cache, every proxy variable at a
// closed port, no user site packages), to text in outputDirectory. Found through the environment
// variable XML2RFC (the path of the executable; .ci/run sets it) or as xml2rfc on PATH. Returns
// [exitCode: …, log: everything printed, messages: warning and error lines, warnings: the warning
// lines but the one about the document's date], or null when xml2rfc is absent (allowed only
// outside CI: CI=true makes its absence fail).
// Use: def rendering = evaluate(new File(itSource, 'lib/xml2rfc.groovy'))(draft, outputDirectory)
return { File draft, File outputDirectory ->
    def configured = System.getenv('XML2RFC')
    def command
    if (configured) {
        command = new File(configured).with { it.isFile() && it.canExecute() ? it : null }
    } else {
        command = System.getenv('PATH').split(File.pathSeparator).findAll { it }
                .collect { new File(it, 'xml2rfc') }.find { it.isFile() && it.canExecute() }
    }
    if (command == null) {
        def why = configured ? "XML2RFC=${configured} is not an executable file" : 'xml2rfc is not on PATH and XML2RFC is not set'
        if (System.getenv('CI') == 'true') {
            throw new AssertionError("${why}, and CI=true requires the xml2rfc check (.ci/run sets XML2RFC)")
        }
        println "SKIPPED xml2rfc rendering of ${draft.name}: ${why} (pip install xml2rfc==3.32.0, or set XML2RFC)"
        return null
    }
    def cache = File.createTempDir('xml2rfc-cache', '')
    try {
        outputDirectory.mkdirs()
        def pb = new ProcessBuilder(command.path, '--skip-config-files', '-N', '-c', cache.path,
                '--allow-local-file-access', '--text', '-p', outputDirectory.absolutePath, draft.absolutePath)
                .directory(draft.absoluteFile.parentFile)
                .redirectErrorStream(true)
                .redirectInput(ProcessBuilder.Redirect.from(new File('/dev/null')))
        def env = pb.environment()
        env.keySet().removeIf { it.startsWith('PYTHON') || it.equalsIgnoreCase('no_proxy') }
        env.put('PYTHONNOUSERSITE', '1')
        env.put('PYTHONDONTWRITEBYTECODE', '1')
        ['http_proxy', 'https_proxy', 'HTTP_PROXY', 'HTTPS_PROXY', 'all_proxy', 'ALL_PROXY'].each { env.put(it, 'http://127.0.0.1:9') }
        env.put('LC_ALL', 'C.UTF-8')
        env.put('LANG', 'C.UTF-8')
        def logFile = new File(outputDirectory, draft.name.replaceAll(/\.xml$/, '') + '.xml2rfc.log')
        pb.redirectOutput(logFile)
        def process = pb.start()
        assert process.waitFor(120, java.util.concurrent.TimeUnit.SECONDS) : "xml2rfc did not finish on ${draft.name}"
        def log = logFile.getText('UTF-8')
        def messages = log.readLines().findAll { it =~ /\b(Warning|Error): / }
        // The warning that <date> is more than three days from today says when the draft was dated,
        // not whether it is right; an example draft dated once gets it every later day.
        def warnings = messages.findAll { it.contains('Warning: ') && !it.contains('Warning: The document date (') }
        return [exitCode: process.exitValue(), log: log, messages: messages, warnings: warnings]
    } finally {
        cache.deleteDir()
    }
}
