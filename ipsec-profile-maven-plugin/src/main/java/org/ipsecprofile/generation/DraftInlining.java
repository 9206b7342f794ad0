package org.ipsecprofile.generation;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import org.ipsecprofile.inline.DraftInliner;
import org.ipsecprofile.output.OutputFile;
import org.ipsecprofile.parse.UnsafeCharacters;
import org.ipsecprofile.project.SourceFiles;
import org.ipsecprofile.scan.DraftScanner;

/**
 * {@code inlineDrafts}: writes a copy of each xml2rfc draft among the selected drafts with every
 * {@code xi:include} of a generated fragment replaced by the fragment, for tools that cannot
 * follow XInclude. Drafts the scan refuses to read are not inlined either.
 */
final class DraftInlining {

    private final GenerationRequest request;
    private final BuildLog log;

    DraftInlining(GenerationRequest request, BuildLog log) {
        this.request = request;
        this.log = log;
    }

    /** Inlines the xml2rfc fragments among {@code files} into a copy of each xml2rfc draft. */
    void inline(GeneratedFiles files) throws GenerationException {
        SortedMap<String, String> fragments = generatedXml(files);
        GenerationRequest.Inputs inputs = request.inputs();
        List<Path> drafts;
        try {
            drafts = ProjectFiles.drafts(inputs).stream()
                    .filter(f -> f.getFileName().toString().endsWith(".xml"))
                    .toList();
        } catch (IOException e) {
            throw new GenerationException(
                    "Cannot list the drafts in " + inputs.draftDirectory() + ": " + e.getMessage(), e);
        }
        if (drafts.isEmpty()) {
            log.info("IPsec profile: inlineDrafts: no xml2rfc draft (*.xml) among the drafts that draftIncludes"
                    + " selects.");
            return;
        }
        if (fragments.keySet().stream().noneMatch(f -> f.endsWith(".xml"))) {
            log.warn("IPsec profile: inlineDrafts: formats does not include xml2rfc, so no fragment can be"
                    + " inlined; add xml2rfc to <formats>.");
        }
        DraftInliner inliner = new DraftInliner(files.directory(), fragments);
        Path base = inputs.baseDirectory().toAbsolutePath().normalize();
        for (Path draft : drafts) {
            inline(
                    inliner,
                    draft,
                    SourceFiles.slashed(base.relativize(draft.toAbsolutePath().normalize())));
        }
    }

    private void inline(DraftInliner inliner, Path draft, String shown) throws GenerationException {
        Path target = request.inlining().directory();
        if (refused(draft, shown)) {
            log.info("IPsec profile: inlineDrafts: " + UnsafeCharacters.escape(shown) + " is not inlined,"
                    + " for the reason the draft scan gave.");
            return;
        }
        DraftInliner.Result result =
                inliner.inline(readUtf8(draft, shown), draft.toAbsolutePath().getParent());
        if (!"rfc".equals(result.rootElement())) {
            log.info("IPsec profile: inlineDrafts: " + shown + " is not an xml2rfc draft (its root element"
                    + " is not <rfc>); skipped.");
            return;
        }
        for (DraftInliner.Include include : result.includes()) {
            if (!include.inlined() && include.href() != null && !include.href().contains(":")) {
                log.warn("IPsec profile: inlineDrafts: " + shown + ":" + include.line() + ": xi:include of '"
                        + include.href() + "' is not a generated fragment and is kept; in the copy it resolves"
                        + " from " + target + ", not from the draft's folder.");
            }
        }
        Path copy = target.resolve(draft.getFileName().toString());
        try {
            boolean written = OutputFile.write(copy, result.text().getBytes(StandardCharsets.UTF_8));
            log.info("IPsec profile: inlineDrafts: " + shown + ": " + result.inlinedCount()
                    + " generated fragment(s) inlined into " + copy + (written ? "" : " (unchanged)"));
        } catch (IOException e) {
            throw new GenerationException("Cannot write " + copy + ": " + e.getMessage(), e);
        }
    }

    /** The generated xml2rfc fragments, read back. */
    private static SortedMap<String, String> generatedXml(GeneratedFiles files) throws GenerationException {
        SortedMap<String, String> xml = new TreeMap<>();
        for (String file : files.all()) {
            if (file.endsWith(".xml")) {
                Path path = files.directory().resolve(file);
                try {
                    xml.put(file, Files.readString(path, StandardCharsets.UTF_8));
                } catch (IOException e) {
                    throw new GenerationException("Cannot read " + path + ": " + e.getMessage(), e);
                }
            }
        }
        return xml;
    }

    /** True for a draft the scan does not read either ({@link DraftScanner#refusal}); the scan has said why. */
    private boolean refused(Path draft, String shown) throws GenerationException {
        try {
            return DraftScanner.refusal(draft, request.inputs().draftDirectory(), shown)
                    .isPresent();
        } catch (IOException e) {
            throw new GenerationException("Cannot read " + draft + ": " + e.getMessage(), e);
        }
    }

    private static String readUtf8(Path draft, String shown) throws GenerationException {
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(Files.readAllBytes(draft)))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new GenerationException(
                    "inlineDrafts: " + shown + " is not UTF-8, the encoding of xml2rfc"
                            + " drafts; save it as UTF-8 or leave it out with <draftExcludes>",
                    e);
        } catch (IOException e) {
            throw new GenerationException("Cannot read " + draft + ": " + e.getMessage(), e);
        }
    }
}
