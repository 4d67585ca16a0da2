import ArgumentParser
import SipdrillCore

struct ShowCommand: AppCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Show the whole card of one or more codes (486, sip:486).")

    @Argument(help: "Codes to show, e.g. 486 or sip:486.")
    var codes: [String] = []

    @Flag(help: "Also show the scenarios (they are quiz material: spoilers).")
    var scenarios = false

    @Flag(help: "Print JSON.")
    var json = false

    @OptionGroup var global: GlobalOptions

    func validate() throws {
        if codes.isEmpty { throw ValidationError("show needs at least one code, e.g. 'show 486'") }
    }

    func run(in context: Context) throws {
        let entries = try codes.map(context.resolve)
        if json {
            try context.printJSON(entries.map { EntryJSON($0, in: context.catalogue) })
            return
        }
        let renderer = CardRenderer(catalogue: context.catalogue, language: context.language,
                                    style: context.style, width: context.width)
        for (index, entry) in entries.enumerated() {
            if index > 0 { context.io.print(context.style.dim(String(repeating: "─", count: min(context.width, 60)))) }
            renderer.render(entry, scenarios: scenarios).forEach { context.io.print($0) }
        }
    }
}
