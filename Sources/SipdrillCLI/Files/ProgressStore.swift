import Foundation
import SipdrillCore
#if canImport(Glibc)
import Glibc
#endif

/// A learner's progress on disk: `<profile>.json` plus an append-only `<profile>.journal`.
///
/// Each answer is one fsync'd journal line (cost independent of the log's size); the JSON
/// file is rewritten atomically when the session ends, or at the next start if it did not end
/// cleanly. A bad or newer file is refused and left untouched.
package final class ProgressStore {
    package let directory: String
    package let profile: String
    package private(set) var document: ProgressDocument
    /// Answers cut off mid-write by a crash last time (at most one), found at open.
    package private(set) var lostInFlight = 0
    private var journalFD: Int32 = -1
    /// Where the stored log is in the file, until it is read.
    private var logLocation: ProgressCodec.LogLocation?
    private let lock: ProfileLock?

    package var filePath: String { directory + "/\(profile).json" }
    package var journalPath: String { directory + "/\(profile).journal" }
    package var hasFile: Bool { FileManager.default.fileExists(atPath: filePath) }

    /// Opens (and, with `locking`, locks) a profile. Nothing is written unless a journal left
    /// by an unfinished session has to be folded in.
    package init(directory: String, profile: String, locking: Bool = true) throws(CLIError) {
        self.directory = directory
        do {
            self.profile = try ProfileName.validate(profile)
        } catch {
            throw CLIError.progress(file: profile, error)
        }
        let filePath = directory + "/\(profile).json"
        do {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        } catch {
            throw CLIError.progressIO(path: directory, reason: "cannot create the folder")
        }
        if locking {
            let lock = ProfileLock(path: directory + "/\(profile).lock")
            do { try lock.acquire() } catch { throw CLIError.progress(file: filePath, error) }
            self.lock = lock
        } else {
            lock = nil
        }
        var document = ProgressDocument()
        do {
            // Read the header only; the log stays on disk until something needs it.
            if let (prefix, size) = try DurableFile.readPrefix(filePath, until: { ProgressCodec.headerEnd(in: $0) != nil }) {
                do {
                    if let end = ProgressCodec.headerEnd(in: prefix),
                       let (head, location) = try ProgressCodec.decodeHead(prefix[..<end], fileSize: size) {
                        document = head
                        logLocation = location
                    } else {
                        let whole = prefix.count == size ? prefix : try DurableFile.read(filePath) ?? []
                        document = try ProgressCodec.decode(whole)
                    }
                } catch let error as ProgressError {
                    throw CLIError.progress(file: filePath, error)
                }
            }
            if let journal = try DurableFile.read(directory + "/\(profile).journal") {
                let (entries, torn): ([JournalEntry], Int)
                do {
                    (entries, torn) = try JournalCodec.decode(journal)
                    try document.replay(entries)
                } catch {
                    throw CLIError.progress(file: directory + "/\(profile).journal", error)
                }
                lostInFlight = torn
            }
        } catch let error as DurableFile.Failure {
            lock?.release()
            throw CLIError.progressIO(path: error.path, reason: error.reason)
        } catch let error as CLIError {
            lock?.release()
            throw error
        } catch {
            lock?.release()
            throw CLIError.progressIO(path: filePath, reason: "\(error)")
        }
        self.document = document
        if locking { removeAbandonedTemporaries() }
        if FileManager.default.fileExists(atPath: journalPath), locking {
            try save()   // fold what the last session left in the journal
        }
    }

    /// Records an answer durably (journal line + fsync) before the caller moves on.
    package func record(_ review: ReviewRecord, card: CardRecord) throws(CLIError) {
        let before = document.cards[review.card]
        try appendJournal(.review(review, after: card, before: before))
        document.apply(review, card: card)
    }

    /// Reads the stored review log into memory (once); needed for saving, undoing past this
    /// session and statistics.
    package func loadLog() throws(CLIError) {
        guard !document.log.isLoaded, let location = logLocation else { return }
        do {
            try document.log.attach(try DurableFile.read(filePath, range: location.range))
        } catch let error as DurableFile.Failure {
            throw CLIError.progressIO(path: error.path, reason: error.reason)
        } catch let error as ProgressError {
            throw CLIError.progress(file: filePath, error)
        } catch {
            throw CLIError.progressIO(path: filePath, reason: "\(error)")
        }
        logLocation = nil
    }

    /// Every review, oldest first.
    package func logEntries() throws(CLIError) -> [ReviewRecord] {
        try loadLog()
        do { return try document.log.entries() } catch { throw CLIError.progress(file: filePath, error) }
    }

    /// Records an answer outside the schedule (drill, party) durably; FSRS state is untouched.
    package func recordPractice(_ record: PracticeRecord) throws(CLIError) {
        try appendJournal(.practice(record))
        document.practice.append(record)
    }

    /// Takes back the newest answer; returns it (nil when there is nothing to undo).
    package func undo() throws(CLIError) -> ReviewRecord? {
        guard document.log.count > 0 else { return nil }
        if document.log.appended.isEmpty { try loadLog() }
        try appendJournal(.undo)
        do { return try document.undoLast() } catch { throw CLIError.progress(file: filePath, error) }
    }

    /// Changes outside the answer path (settings, suspend): applied and saved at once.
    package func update(_ change: (inout ProgressDocument) -> Void) throws(CLIError) {
        change(&document)
        try save()
    }

    /// Writes the whole file atomically and drops the journal it now contains.
    package func save() throws(CLIError) {
        try loadLog()
        let bytes: [UInt8]
        do { bytes = try ProgressCodec.encode(document) } catch { throw CLIError.progress(file: filePath, error) }
        do {
            try DurableFile.replace(filePath, with: bytes)
        } catch {
            throw CLIError.progressIO(path: error.path, reason: error.reason)
        }
        if journalFD >= 0 {
            Glibc.close(journalFD)
            journalFD = -1
        }
        unlink(journalPath)
        DurableFile.syncFolder(of: journalPath)
        // The file now holds everything: what was appended is part of the stored log.
        if let reloaded = try? ProgressCodec.decode(bytes) { document = reloaded }
    }

    /// Folds the journal in (if anything was recorded) and releases the lock.
    package func close() {
        if FileManager.default.fileExists(atPath: journalPath) { try? save() }
        if journalFD >= 0 { Glibc.close(journalFD); journalFD = -1 }
        lock?.release()
    }

    /// A save killed between writing its temporary file and renaming it leaves
    /// `<profile>.json.tmp-<pid>`; the real file is intact, so the leftover can go.
    private func removeAbandonedTemporaries() {
        let prefix = "\(profile).json.tmp-"
        for name in (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? [] where name.hasPrefix(prefix) {
            guard let pid = Int32(name.dropFirst(prefix.count)), pid != getpid(), !ProfileLock.isAlive(pid) else { continue }
            unlink(directory + "/" + name)
        }
    }

    private func appendJournal(_ event: JournalEvent) throws(CLIError) {
        if journalFD < 0 {
            journalFD = open(journalPath, O_WRONLY | O_APPEND | O_CREAT, 0o644)
            guard journalFD >= 0 else { throw CLIError.progressIO(path: journalPath, reason: "cannot open for writing") }
            DurableFile.syncFolder(of: journalPath)
        }
        let entry = JournalEntry(n: document.journalSeq + 1, event: event)
        do {
            try DurableFile.writeAll(journalFD, JournalCodec.encode(entry), path: journalPath)
        } catch {
            throw CLIError.progressIO(path: error.path, reason: error.reason)
        }
        guard fsync(journalFD) == 0 else { throw CLIError.progressIO(path: journalPath, reason: "cannot sync") }
        document.journalSeq = entry.n
    }

    deinit { close() }
}
