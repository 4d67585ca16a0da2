import ArgumentParser
import SipdrillCore

struct CompareCommand: AppCommand {
    static let configuration = CommandConfiguration(
        commandName: "compare",
        abstract: "Put codes side by side with the rules that tell them apart (compare 486 600 603).")

    @Argument(help: "Two to four codes.")
    var codes: [String] = []

    @Flag(help: "Print JSON.")
    var json = false

    @OptionGroup var global: GlobalOptions

    func validate() throws {
        guard (2...4).contains(codes.count) else {
            throw ValidationError("compare needs two to four codes, e.g. 'compare 401 407'")
        }
    }

    struct Output: Encodable {
        let entries: [EntryJSON]
        let rules: [PairRule]
    }

    struct PairRule: Encodable {
        let a: Int
        let b: Int
        let rule: Bilingual?
    }

    func run(in context: Context) throws {
        let entries = try codes.map(context.resolve)
        if json {
            var rules: [PairRule] = []
            for (index, first) in entries.enumerated() {
                for second in entries[(index + 1)...] {
                    let rule = first.confusable.first { $0.code == second.code }?.rule
                    rules.append(PairRule(a: first.code, b: second.code, rule: rule))
                }
            }
            try context.printJSON(Output(entries: entries.map { EntryJSON($0, in: context.catalogue) }, rules: rules))
            return
        }
        CompareRenderer(catalogue: context.catalogue, language: context.language, style: context.style,
                        width: context.width).render(entries).forEach { context.io.print($0) }
    }
}
