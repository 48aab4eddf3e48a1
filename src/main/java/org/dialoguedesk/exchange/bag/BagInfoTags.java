package org.dialoguedesk.exchange.bag;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.dialoguedesk.common.BundleException;
import org.dialoguedesk.common.BundleException.Reason;

/**
 * Turns bag-info.txt's tags back into a {@link BagInfo}. Labels are matched ignoring case and tags
 * this version does not know are skipped, so a later version may add some; a known tag given twice,
 * or with a value that does not parse, is refused with its line.
 */
final class BagInfoTags {

    private static final Pattern NUMBER = Pattern.compile("[0-9]{1,9}");
    private static final Pattern OXUM = Pattern.compile("([0-9]{1,18})\\.([0-9]{1,9})");

    private BagInfoTags() {
    }

    /**
     * Refuses a bundle from a newer Dialogue Desk before anything else is checked: its layout may differ
     * in ways that would otherwise be reported as damage.
     */
    static void checkFormatVersion(List<TagFiles.Tag> tags) {
        TagFiles.Tag tag = required(tags, BagInfo.FORMAT_VERSION);
        if (!NUMBER.matcher(tag.value()).matches() || Integer.parseInt(tag.value()) < 1) {
            throw invalid(tag);
        }
        int version = Integer.parseInt(tag.value());
        if (version > BagInfo.CURRENT_FORMAT) {
            throw new BundleException(Reason.NEWER_FORMAT, "bundle.container.newerFormat", version,
                    BagInfo.CURRENT_FORMAT);
        }
    }

    static BagInfo read(List<TagFiles.Tag> tags, Collection<Long> payloadSizes) {
        TagFiles.Tag oxum = required(tags, BagInfo.PAYLOAD_OXUM);
        var m = OXUM.matcher(oxum.value());
        if (!m.matches()) {
            throw invalid(oxum);
        }
        long octets = payloadSizes.stream().mapToLong(Long::longValue).sum();
        String actual = octets + "." + payloadSizes.size();
        if (Long.parseLong(m.group(1)) != octets || Integer.parseInt(m.group(2)) != payloadSizes.size()) {
            throw new BundleException(Reason.TAMPERED, "bundle.container.oxum", oxum.value(), actual);
        }
        TagFiles.Tag date = required(tags, BagInfo.BAGGING_DATE);
        LocalDate baggingDate;
        try {
            baggingDate = LocalDate.parse(date.value());
        } catch (DateTimeParseException e) {
            throw invalid(date);
        }
        TagFiles.Tag scopeTag = required(tags, BagInfo.SCOPE);
        BundleScope scope = BundleScope.ofTag(scopeTag.value()).orElseThrow(() -> invalid(scopeTag));
        TagFiles.Tag installation = required(tags, BagInfo.INSTALLATION);
        if (installation.value().isEmpty()) {
            throw invalid(installation);
        }
        return new BagInfo(baggingDate, optional(tags, BagInfo.SOURCE_ORGANIZATION), installation.value(),
                optional(tags, BagInfo.OFFICER), scope,
                Integer.parseInt(required(tags, BagInfo.FORMAT_VERSION).value()),
                optional(tags, BagInfo.SELECTION), optional(tags, BagInfo.COUNTS), optional(tags, BagInfo.LEAK_CHECK));
    }

    private static TagFiles.Tag required(List<TagFiles.Tag> tags, String label) {
        return find(tags, label).orElseThrow(() -> new BundleException(Reason.INVALID, "bundle.container.tagMissing",
                TagFiles.BAG_INFO, label));
    }

    private static String optional(List<TagFiles.Tag> tags, String label) {
        return find(tags, label).map(TagFiles.Tag::value).orElse("");
    }

    private static Optional<TagFiles.Tag> find(List<TagFiles.Tag> tags, String label) {
        String wanted = label.toLowerCase(Locale.ROOT);
        List<TagFiles.Tag> found = tags.stream().filter(t -> t.label().toLowerCase(Locale.ROOT).equals(wanted)).toList();
        if (found.size() > 1) {
            throw new BundleException(Reason.INVALID, "bundle.container.tagTwice", TagFiles.BAG_INFO, label,
                    found.get(1).line());
        }
        return found.stream().findFirst();
    }

    private static BundleException invalid(TagFiles.Tag tag) {
        return new BundleException(Reason.INVALID, "bundle.container.tagValue", TagFiles.BAG_INFO, tag.label(),
                tag.value(), tag.line());
    }
}
