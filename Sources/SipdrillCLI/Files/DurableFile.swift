import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The few file operations whose durability the progress store depends on.
package enum DurableFile {
    package struct Failure: Error, Equatable {
        package let path: String
        package let reason: String
    }

    static func failure(_ path: String, _ what: String) -> Failure {
        Failure(path: path, reason: "\(what): \(String(cString: strerror(errno)))")
    }

    /// The whole file, or nil when it does not exist (small files: locks, odd-layout progress).
    package static func read(_ path: String) throws(Failure) -> [UInt8]? {
        try readPrefix(path, until: { _ in false })?.bytes
    }

    /// Reads the start of a file, chunk by chunk, until `enough` says the bytes so far suffice
    /// (or the file ends). Returns the bytes read and the file's size; nil if it does not exist.
    package static func readPrefix(_ path: String, until enough: ([UInt8]) -> Bool) throws(Failure) -> (bytes: [UInt8], size: Int)? {
        let fd = open(path, O_RDONLY)
        if fd < 0 {
            if errno == ENOENT { return nil }
            throw failure(path, "cannot open")
        }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw failure(path, "cannot stat") }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = chunk.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                throw failure(path, "cannot read")
            }
            if count == 0 { break }
            bytes.append(contentsOf: chunk[..<count])
            if enough(bytes) { break }
        }
        return (bytes, Int(info.st_size))
    }

    /// Bytes `range` of a file.
    package static func read(_ path: String, range: Range<Int>) throws(Failure) -> [UInt8] {
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { throw failure(path, "cannot open") }
        defer { close(fd) }
        var bytes = [UInt8](repeating: 0, count: range.count)
        var filled = 0
        while filled < range.count {
            let count = bytes.withUnsafeMutableBytes { pread(fd, $0.baseAddress! + filled, range.count - filled, off_t(range.lowerBound + filled)) }
            if count < 0 {
                if errno == EINTR { continue }
                throw failure(path, "cannot read")
            }
            if count == 0 { throw Failure(path: path, reason: "the file got shorter while it was read") }
            filled += count
        }
        return bytes
    }

    /// Replaces `path` atomically: temp file, fsync, rename, fsync the folder. A crash at any
    /// point leaves either the old file or the new one, never a mix.
    package static func replace(_ path: String, with bytes: [UInt8]) throws(Failure) {
        let temporary = path + ".tmp-\(getpid())"
        let fd = open(temporary, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard fd >= 0 else { throw failure(temporary, "cannot create") }
        do throws(Failure) {
            try writeAll(fd, bytes, path: temporary)
            guard fsync(fd) == 0 else { throw failure(temporary, "cannot sync") }
        } catch {
            close(fd)
            unlink(temporary)
            throw error
        }
        close(fd)
        guard rename(temporary, path) == 0 else {
            let error = failure(path, "cannot replace")
            unlink(temporary)
            throw error
        }
        syncFolder(of: path)
    }

    /// Makes a rename or a newly created file in the folder durable.
    package static func syncFolder(of path: String) {
        let folder = (path as NSString).deletingLastPathComponent
        let fd = open(folder.isEmpty ? "." : folder, O_RDONLY | O_DIRECTORY)
        if fd >= 0 {
            fsync(fd)
            close(fd)
        }
    }

    package static func writeAll(_ fd: Int32, _ bytes: [UInt8], path: String) throws(Failure) {
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeBytes { write(fd, $0.baseAddress! + offset, $0.count - offset) }
            if written < 0 {
                if errno == EINTR { continue }
                throw failure(path, "cannot write")
            }
            offset += written
        }
    }
}
