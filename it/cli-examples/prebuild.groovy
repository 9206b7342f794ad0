// Two copies of each bundled example: maven/<example> as it is (this aggregator builds it) and
// cli/<example> without the files that make it a Maven project or an IT. Each copy gets a .git
// folder of its own, as a draft repository has, so findings.sarif's paths start at the copy in
// both (they start at the Git repository's root).
def copy(File from, File to, boolean withPom) {
    from.eachFileRecurse { file ->
        def relative = from.toPath().relativize(file.toPath()).toString()
        if (relative.startsWith('target') || relative in ['invoker.properties', 'verify.groovy']
                || (relative == 'pom.xml' && !withPom)) {
            return
        }
        def target = new File(to, relative)
        if (file.isDirectory()) {
            target.mkdirs()
        } else {
            target.parentFile.mkdirs()
            target.bytes = file.bytes
        }
    }
    new File(to, '.git').mkdirs()
}

for (example in ['bgp-example', 'modern-example']) {
    def source = new File(itSource, example)
    copy(source, new File(basedir, "maven/${example}"), true)
    copy(source, new File(basedir, "cli/${example}"), false)
}
true
