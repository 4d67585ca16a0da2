import SipdrillCore

/// `compare`: entries side by side, then the rules that separate each pair.
struct CompareRenderer {
    let catalogue: Catalogue
    let language: LanguageChoice
    let style: Style
    let width: Int

    func render(_ entries: [Entry]) -> [String] {
        let rowLabels: [(Bilingual, (Entry) -> Bilingual)] = [
            (Labels.codeClass, { entry in
                let name = catalogue.deck(entry.deck)?.codeClass(entry.codeClass)?.name
                return Bilingual(en: "\(entry.codeClass) \(name?.en ?? "")", zh: "\(entry.codeClass) \(name?.zh ?? "")")
            }),
            (Labels.status, { entry in
                let status = Labels.status(entry.status)
                return Bilingual(en: "\(status.en) · \(entry.rfc) §\(entry.section)",
                                 zh: "\(status.zh) · \(entry.rfc) §\(entry.section)")
            }),
            (Labels.sentBy, { entry in
                Bilingual(en: entry.senders.map(\.label.en).joined(separator: ", "),
                          zh: entry.senders.map(\.label.zh).joined(separator: "、"))
            }),
            (Labels.headers, { entry in
                let list = entry.headers.map { "\($0.name) (\($0.need.label.en))" }.joined(separator: ", ")
                let listZh = entry.headers.map { "\($0.name)（\($0.need.label.zh)）" }.joined(separator: "、")
                return Bilingual(en: list.isEmpty ? "—" : list, zh: listZh.isEmpty ? "—" : listZh)
            }),
            (Labels.meaning, \.meaning),
            (Labels.useWhen, \.useWhen),
        ]
        let labelWidth = rowLabels.map { DisplayWidth.of(Labels.text($0.0, language == .both ? .en : language)) }.max() ?? 0
        let gap = 2
        let columnWidth = max(14, (width - labelWidth - gap * entries.count) / entries.count)
        var lines: [String] = []
        let multiDeck = Set(entries.map(\.deck)).count > 1
        // SIP vs HTTP on the same number: what differs comes first.
        if multiDeck, Set(entries.map(\.code)).count == 1, let friend = catalogue.falseFriend(code: entries[0].code) {
            lines.append(style.heading(Labels.text(Bilingual(en: "What differs", zh: "区别"), language)))
            for language in language.languages {
                lines += DisplayWidth.wrap(friend.difference[language], width: width - 2).map { "  " + $0 }
            }
            lines.append("")
        }
        // Titles: one line per language, so long names wrap inside their column.
        let titleCells = entries.map { entry in
            language.languages.flatMap { lang in
                let code = multiDeck ? entry.reference : String(entry.code)
                return DisplayWidth.wrap(lang == .en ? "\(code) \(entry.phrase)" : "\(code) \(entry.zh)", width: columnWidth)
            }
        }
        lines += grid(label: "", cells: titleCells, labelWidth: labelWidth, columnWidth: columnWidth, gap: gap)
            .map { style.code($0) }
        for (label, value) in rowLabels {
            let cells = entries.map { entry in
                language.languages.flatMap { DisplayWidth.wrap(value(entry)[$0], width: columnWidth) }
            }
            lines.append("")
            lines += grid(label: Labels.text(label, language == .both ? .en : language), cells: cells,
                          labelWidth: labelWidth, columnWidth: columnWidth, gap: gap)
        }
        lines.append("")
        lines.append(style.heading(Labels.text(Labels.tellApart, language)))
        for (index, first) in entries.enumerated() {
            for second in entries[(index + 1)...] {
                lines.append("  " + style.bold("\(first.code) ↔ \(second.code)"))
                let rule = first.confusable.first { $0.code == second.code }?.rule
                    ?? second.confusable.first { $0.code == first.code }?.rule
                for language in language.languages {
                    let text = rule?[language] ?? Labels.noRule[language]
                    lines += DisplayWidth.wrap(text, width: width - 4).map { "    " + $0 }
                }
            }
        }
        return lines
    }

    /// Lays out multi-line cells side by side under a row label.
    private func grid(label: String, cells: [[String]], labelWidth: Int, columnWidth: Int, gap: Int) -> [String] {
        let height = cells.map(\.count).max() ?? 0
        return (0..<height).map { row in
            let lead = DisplayWidth.padRight(row == 0 ? label : "", to: labelWidth)
            let parts = cells.map { cell in DisplayWidth.padRight(row < cell.count ? cell[row] : "", to: columnWidth) }
            return (lead + String(repeating: " ", count: gap) + parts.joined(separator: String(repeating: " ", count: gap)))
                .trimmingTrailingSpaces
        }
    }
}

extension String {
    var trimmingTrailingSpaces: String {
        var text = self
        while text.last == " " { text.removeLast() }
        return text
    }
}
