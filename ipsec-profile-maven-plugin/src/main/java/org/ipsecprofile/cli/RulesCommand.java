package org.ipsecprofile.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.ipsecprofile.check.rules.CatalogueEntry;
import org.ipsecprofile.check.rules.RuleRegistry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code ipsec-profile rules}: the rule catalogue, one rule a line, on standard output. */
@Command(
        name = "rules",
        mixinStandardHelpOptions = true,
        versionProvider = PluginVersion.class,
        description = {
            "Prints the rule catalogue: each rule's id, severity, the document and section it applies, whether"
                    + " --severity and a descriptor's suppress may change it, and when it fires."
        })
final class RulesCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        List<CatalogueEntry> catalogue = RuleRegistry.catalogue();
        int idWidth = "RULE".length();
        int severityWidth = "SEVERITY".length();
        int sourceWidth = "SOURCE".length();
        for (CatalogueEntry entry : catalogue) {
            idWidth = Math.max(idWidth, entry.id().length());
            severityWidth = Math.max(severityWidth, entry.severity().length());
            sourceWidth = Math.max(sourceWidth, source(entry).length());
        }
        String row = "%-" + idWidth + "s  %-" + severityWidth + "s  %-" + sourceWidth + "s  %-12s  %s%n";
        PrintWriter out = spec.commandLine().getOut();
        out.printf(row, "RULE", "SEVERITY", "SOURCE", "CONFIGURABLE", "FIRES WHEN");
        for (CatalogueEntry entry : catalogue) {
            out.printf(
                    row,
                    entry.id(),
                    entry.severity(),
                    source(entry),
                    entry.configurable() ? "yes" : "no",
                    entry.summary());
        }
        out.flush();
        return ExitStatus.PASSED;
    }

    private static String source(CatalogueEntry entry) {
        return entry.sources().isEmpty() ? "-" : entry.citation();
    }
}
