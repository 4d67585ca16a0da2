import SipdrillCore

/// The whole card of one entry, as `show` prints it.
struct CardRenderer {
    let catalogue: Catalogue
    let language: LanguageChoice
    let style: Style
    let width: Int

    func render(_ entry: Entry, scenarios: Bool = false) -> [String] {
        var lines: [String] = []
        let deck = catalogue.deck(entry.deck)
        let className = deck?.codeClass(entry.codeClass).map { " " + Labels.text($0.name, language) } ?? ""
        lines.append(style.code(entry.title(language)) + "   " + style.dim("[\(entry.codeClass)\(className)]"))
        var facts = ["\(entry.rfc) §\(entry.section)"]
        if entry.status != .current {
            facts.insert(style.warn(Labels.text(Labels.status(entry.status), language)), at: 0)
        }
        if !entry.senders.isEmpty {
            facts.append(Labels.text(Labels.sentBy, language) + ": "
                         + entry.senders.map { Labels.text($0.label, language) }.joined(separator: ", "))
        }
        lines.append(facts.joined(separator: style.dim(" · ")))
        let aliases = language.languages.flatMap { $0 == .en ? entry.aliases.en : entry.aliases.zh }
        if !aliases.isEmpty {
            lines.append(style.dim(Labels.text(Labels.aliases, language) + ": " + aliases.joined(separator: ", ")))
        }
        section(Labels.meaning, entry.meaning, into: &lines)
        section(Labels.useWhen, entry.useWhen, into: &lines)
        section(Labels.notWhen, entry.notWhen, into: &lines)
        lines.append("")
        lines.append(style.heading(Labels.text(Labels.headers, language)))
        if entry.headers.isEmpty {
            lines.append("  " + style.dim(Labels.text(Labels.none, language)))
        }
        let nameWidth = entry.headers.map { DisplayWidth.of($0.name) }.max() ?? 0
        let needWidth = entry.headers.map { DisplayWidth.of(Labels.text($0.need.label, language)) }.max() ?? 0
        for header in entry.headers {
            let need = DisplayWidth.padRight(Labels.text(header.need.label, language), to: needWidth)
            let lead = "  " + style.bold(DisplayWidth.padRight(header.name, to: nameWidth)) + "  " + need
            lines += hanging(lead: lead, leadWidth: 2 + nameWidth + 2 + needWidth, texts: header.why)
        }
        if !entry.confusable.isEmpty {
            lines.append("")
            lines.append(style.heading(Labels.text(Labels.confusable, language)))
            for item in entry.confusable {
                let other = catalogue.entry(deck: entry.deck, code: item.code)
                lines.append("  " + style.code(other?.title(language) ?? String(item.code)))
                for language in language.languages {
                    lines += DisplayWidth.wrap(item.rule[language], width: width - 4).map { "    " + $0 }
                }
            }
        }
        if scenarios, !entry.scenarios.isEmpty {
            lines.append("")
            lines.append(style.heading(Labels.text(Labels.scenarios, language)))
            for (index, scenario) in entry.scenarios.enumerated() {
                lines += hanging(lead: "  \(index + 1).", leadWidth: 4, texts: scenario)
            }
        }
        if let note = entry.note { section(Labels.note, note, into: &lines) }
        return lines
    }

    private func section(_ label: Bilingual, _ text: Bilingual, into lines: inout [String]) {
        lines.append("")
        lines.append(style.heading(Labels.text(label, language)))
        for language in language.languages {
            lines += DisplayWidth.wrap(text[language], width: width - 2).map { "  " + $0 }
        }
    }

    /// Text after a lead on the first line, continued under it (or on its own lines when the
    /// lead leaves too little room).
    private func hanging(lead: String, leadWidth: Int, texts: Bilingual) -> [String] {
        let indent = leadWidth + 2 <= width / 2 ? leadWidth + 2 : 4
        var lines: [String] = []
        var first = true
        for language in language.languages {
            for part in DisplayWidth.wrap(texts[language], width: width - indent) {
                if first, indent > 4 {
                    lines.append(lead + "  " + part)
                } else {
                    if first { lines.append(lead) }
                    lines.append(String(repeating: " ", count: indent) + part)
                }
                first = false
            }
        }
        return lines
    }
}
