import Foundation
import SipdrillCatalogue
import SipdrillCore

/// `exam --print FILE.md`: the paper and, in a separate file, its answer key, as Markdown for
/// a printed or shared exam.
struct ExamPrinter {
    let context: Context

    func write(_ paper: ExamPaper, blueprint: ExamBlueprint, selection: String, to path: String) throws {
        let language = context.language
        func text(_ value: Bilingual) -> String {
            language.languages.map { value[$0] }.reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
                .joined(separator: "<br>")
        }
        var header = "# SIP response codes — exam\n\n"
        header += "\(paper.questions.count) questions"
        if let minutes = blueprint.minutes { header += " · \(minutes.formatted()) minutes" }
        header += " · pass mark \(Int((blueprint.passMark * 100).rounded()))% · seed \(paper.seed) · catalogue \(EmbeddedCatalogue.contentVersion)"
        header += " · selection: \(selection)\n"
        var sheet = header + "\n"
        var key = header.replacingOccurrences(of: "— exam", with: "— answer key") + "\n| # | answer | |\n|---|---|---|\n"
        for (index, question) in paper.questions.enumerated() {
            let deckTag = question.card.deck == .sip ? "" : "[\(question.card.deck.rawValue.uppercased())] "
            sheet += "## \(index + 1). \(deckTag)\(text(question.instruction))\n\n\(text(question.stimulus))\n\n"
            for choice in question.choices { sheet += "- \(choice.label)) \(choice.code) \(text(choice.name))\n" }
            if question.choices.isEmpty { sheet += "Answer: ______________________\n" }
            sheet += "\n"
            let answer = question.answer
            let right = question.choices.first(where: \.isCorrect).map { "\($0.label)) " } ?? ""
            let prefix = question.card.deck == .sip ? "" : "\(question.card.deck.rawValue):"
            key += "| \(index + 1) | \(right)\(prefix)\(answer.code.map { "\($0) " } ?? "\(answer.classLabel) ")\(text(answer.name)) | \(question.kind.rawValue) |\n"
        }
        let keyPath = path.hasSuffix(".md") ? String(path.dropLast(3)) + "-key.md" : path + "-key.md"
        do {
            try sheet.write(toFile: path, atomically: true, encoding: .utf8)
            try key.write(toFile: keyPath, atomically: true, encoding: .utf8)
        } catch {
            throw CLIError.progressIO(path: path, reason: "cannot write")
        }
        context.io.print("wrote \(path) (\(paper.questions.count) questions) and \(keyPath) (answer key)")
    }
}
