package org.dialoguedesk.exchange.bag;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.dialoguedesk.common.BundleException;
import org.dialoguedesk.common.BundleException.Reason;

/**
 * The names a bundle's ZIP may hold: relative, forward slashes, inside one top-level folder, each
 * once even when letter case or Unicode composition is ignored. An unzip tool, Windows, or a
 * case-insensitive disk would otherwise write a hostile entry outside the folder or let one file
 * silently replace another; refusing here keeps every reader of the bundle safe, not only ours.
 */
final class ZipEntryNames {

    static final int MAX_NAME_LENGTH = 1024;
    private static final Pattern DRIVE = Pattern.compile("^[A-Za-z]:.*");
    /** Names Windows gives to devices, whatever the extension, and names it silently trims. */
    private static final Pattern WINDOWS_RESERVED = Pattern.compile(
            "(?i)(CON|PRN|AUX|NUL|COM[0-9]|LPT[0-9])(\\..*)?|.*[. ]");

    /** Folded names of files, of folder entries, and of folders implied by a path, with who claimed them. */
    private final Map<String, String> files = new HashMap<>();
    private final Map<String, String> folders = new HashMap<>();
    private final Map<String, String> impliedFolders = new HashMap<>();
    private Optional<String> folder = Optional.empty();

    /**
     * Checks one more entry name, in the order of the ZIP.
     *
     * @return the name without its top-level folder ({@code ""} for the folder itself), without the
     *         trailing slash of a folder entry
     */
    String accept(String name) {
        checkShape(name);
        String bare = name.endsWith("/") ? name.substring(0, name.length() - 1) : name;
        int slash = bare.indexOf('/');
        String top = slash < 0 ? bare : bare.substring(0, slash);
        if (slash < 0 && !name.endsWith("/")) {
            throw new BundleException(Reason.INVALID, "bundle.container.notInFolder", name);
        }
        if (folder.isEmpty()) {
            folder = Optional.of(top);
        }
        if (!top.equals(folder.get())) {
            throw new BundleException(Reason.INVALID, "bundle.container.outsideFolder", name, folder.get());
        }
        claim(fold(bare), name, name.endsWith("/"));
        return slash < 0 ? "" : bare.substring(slash + 1);
    }

    /**
     * A name may be given once, and a file may not share its name with a folder: unzipped, one would
     * replace or block the other.
     */
    private void claim(String folded, String name, boolean folder) {
        List<String> parents = new ArrayList<>();
        for (int slash = folded.indexOf('/'); slash >= 0; slash = folded.indexOf('/', slash + 1)) {
            parents.add(folded.substring(0, slash));
        }
        Optional<String> earlier = Stream.concat(
                        Stream.of(files.get(folded), folders.get(folded), folder ? null : impliedFolders.get(folded)),
                        parents.stream().map(files::get))
                .filter(Objects::nonNull).findFirst();
        if (earlier.isPresent()) {
            throw new BundleException(Reason.INVALID, "bundle.container.duplicate", name, earlier.get());
        }
        (folder ? folders : files).put(folded, name);
        parents.forEach(p -> impliedFolders.putIfAbsent(p, name));
    }

    /** The single top-level folder, once a name was accepted. */
    Optional<String> folder() {
        return folder;
    }

    /**
     * Refuses names that could land anywhere but below the current folder on some system. Also used for
     * the paths a manifest lists and a writer is given, so nothing written can be refused when read.
     */
    static void checkShape(String name) {
        if (name.isEmpty() || name.length() > MAX_NAME_LENGTH || name.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
            throw new BundleException(Reason.INVALID, "bundle.container.nameInvalid", printable(name));
        }
        if (name.indexOf('\\') >= 0) {
            throw new BundleException(Reason.INVALID, "bundle.container.nameBackslash", name);
        }
        if (name.startsWith("/") || DRIVE.matcher(name).matches() || name.contains(":/")) {
            throw new BundleException(Reason.INVALID, "bundle.container.nameAbsolute", name);
        }
        if (name.indexOf(':') >= 0) {
            // a colon opens an alternate data stream on Windows, and is refused by most of its tools
            throw new BundleException(Reason.INVALID, "bundle.container.nameInvalid", name);
        }
        String bare = name.endsWith("/") ? name.substring(0, name.length() - 1) : name;
        for (String segment : bare.split("/", -1)) {
            if (segment.equals("..") || segment.equals(".")) {
                throw new BundleException(Reason.INVALID, "bundle.container.nameTraversal", name);
            }
            if (segment.isEmpty() || WINDOWS_RESERVED.matcher(segment).matches()) {
                throw new BundleException(Reason.INVALID, "bundle.container.nameInvalid", name);
            }
        }
    }

    /** Two names a case-insensitive or normalising file system would store as one. */
    static String fold(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFC).toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT);
    }

    /** A name with its control characters made visible, for a message. */
    private static String printable(String name) {
        StringBuilder out = new StringBuilder();
        name.codePoints().limit(200).forEach(c -> {
            if (c < 0x20 || c == 0x7f) {
                out.append(String.format("\\u%04x", c));
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }
}
