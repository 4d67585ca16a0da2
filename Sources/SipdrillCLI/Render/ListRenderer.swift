import SipdrillCore

/// The aligned table `list` and `search` print.
struct ListRenderer {
    let language: LanguageChoice
    let style: Style
    let width: Int

    /// The RFC column carries the section (`RFC 3261 §21.4.24`) when the terminal is wide
    /// enough, else just the RFC, so no column is ever cut.
    func render(_ entries: [Entry]) -> [String] {
        let full = table(entries, sections: true)
        let needed = full.widths.reduce(0, +) + 2 * (full.widths.count - 1)
        return (needed <= width ? full : table(entries, sections: false)).render(maxWidth: width, headerStyle: style.bold)
    }

    private func table(_ entries: [Entry], sections: Bool) -> TextTable {
        var header = [language == .zh ? Labels.code.zh : Labels.code.en]
        var alignments: [TextTable.Alignment] = [.right]
        if language != .zh { header.append(Labels.text(Labels.phrase, .en)); alignments.append(.left) }
        if language != .en { header.append(Labels.text(Labels.zhName, .zh)); alignments.append(.left) }
        header.append(Labels.text(Labels.rfc, language)); alignments.append(.left)
        var table = TextTable(header: header, alignments: alignments)
        let multiDeck = Set(entries.map(\.deck)).count > 1
        for entry in entries {
            var row = [multiDeck ? entry.reference : String(entry.code)]
            var phrase = entry.phrase
            var zh = entry.zh
            if entry.status != .current {
                // The status rides with the name so it can never be missed in a scan.
                let mark = "(" + Labels.text(Labels.status(entry.status), .en) + ")"
                let markZh = "（" + Labels.status(entry.status).zh + "）"
                phrase += " " + mark
                zh += markZh
            }
            if language != .zh { row.append(phrase) }
            if language != .en { row.append(zh) }
            row.append(sections ? "\(entry.rfc) §\(entry.section)" : entry.rfc)
            table.add(row)
        }
        return table
    }
}
