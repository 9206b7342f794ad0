// Shared by the ITs' verify.groovy: loads a page in headless Debian Chromium and returns its
// rendered DOM with the white space between tags removed, or null when Chromium is not
// installed (allowed only outside CI: .ci/run installs it, and CI=true makes its absence fail).
// Use: def flat = evaluate(new File(itSource, 'lib/chromium.groovy'))(page, basedir)
return { File page, File basedir ->
    def chromium = ['chromium', 'chromium-browser'].find { name ->
        System.getenv('PATH').split(File.pathSeparator).any { new File(it, name).canExecute() }
    }
    if (chromium == null) {
        if (System.getenv('CI') == 'true') {
            throw new AssertionError('chromium is not installed, and CI=true requires the browser check (.ci/run installs it)')
        }
        println "SKIPPED browser check of ${page.name}: chromium is not installed (apt-get install chromium)"
        return null
    }
    def profileDir = File.createTempDir('ipsec-profile-chromium', '')
    try {
        def command = [chromium, '--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
                       '--disable-component-update', '--no-first-run', "--user-data-dir=${profileDir}",
                       '--dump-dom', page.toURI().toString()]*.toString()
        def errors = new File(basedir, 'chromium.log')
        def process = new ProcessBuilder(command).redirectError(errors).start()
        def dom = process.inputStream.getText('UTF-8')
        assert process.waitFor() == 0 : "chromium failed: ${errors.text}"
        return dom.replaceAll(/>\s+</, '><')
    } finally {
        profileDir.deleteDir()
    }
}
