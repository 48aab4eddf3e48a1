package org.dialoguedesk.app;

import java.util.Optional;
import java.util.UUID;
import org.dialoguedesk.bundle.LeakCheck;
import org.dialoguedesk.bundle.PublicPayload;
import org.dialoguedesk.bundle.PublicProjection;
import org.dialoguedesk.bundle.WatchList;
import org.dialoguedesk.bundle.WatchListCollector;
import org.dialoguedesk.exchange.bag.BundleFile;
import org.dialoguedesk.exchange.bundle.BundleImport;
import org.dialoguedesk.exchange.bundle.PublicBundleContents;
import org.dialoguedesk.meeting.FormalCountryNames;

/**
 * The desk's bundles (issue 7), wired from its services: opening exchange bundles for import, and the
 * leak-checked files of a public bundle. Kept apart from {@link Desk}, which wires the domains.
 */
public final class DeskBundles {

    private final Desk desk;

    DeskBundles(Desk desk) {
        this.desk = desk;
    }

    /** Opening exchange bundles for import: verify, preview, apply. */
    public BundleImport importer() {
        return new BundleImport(desk.recordMerge(), new BundleFile());
    }

    /**
     * The files of a public bundle of every dialogue or of one, leak-checked against the whole database;
     * refused with {@link org.dialoguedesk.bundle.LeakCheckRefusedException} listing every finding.
     */
    public PublicBundleContents.Checked publicBundle(Optional<UUID> dialogue) {
        PublicPayload payload = new PublicProjection(desk.roster(), desk.contacts(), desk.profiles(),
                desk.profilePublishing(), desk.meetings(), FormalCountryNames.bundled(), desk.clock()).project(dialogue);
        WatchList watch = new WatchListCollector(desk.roster(), desk.contacts(), desk.profiles(), desk.profilePublishing(),
                desk.meetings(), desk.conclusions()).collect();
        return new PublicBundleContents().build(payload, new LeakCheck(watch));
    }
}
