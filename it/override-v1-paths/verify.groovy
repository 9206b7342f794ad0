// Overrides at version 1 paths fail the build: the error names each file and the file it must
// become, without a stack trace, and no fragment is written.
def log = new File(basedir, 'build.log').text
assert log.contains('BUILD FAILURE')
assert log.contains('templateDirectory holds templates of the old layout (version 1), which the plugin no longer reads:')
assert log.contains('[ERROR]   xml2rfc/blocks.ftlx: move it to layout/xml2rfc/blocks.ftlx (to change what a sentence says,'
        + ' override the wording template that holds it, under wording/, instead)')
assert log.contains('[ERROR]   text/security-considerations.txt.ftl: move it to layout/text/security-considerations.txt.ftl'
        + ' (its sentences are in wording/security/)')
assert !(log =~ /\tat [a-z]+\./) : 'no stack trace'
assert !log.contains('Exception:') : 'no exception class in the message'
assert !new File(basedir, 'target/generated-sources/ipsec-profile').exists() : 'no partial output'
return true
