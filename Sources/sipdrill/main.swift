import Foundation
import SipdrillCLI

exit(SipdrillMain.run(Array(CommandLine.arguments.dropFirst()), io: .live(environment: ProcessInfo.processInfo.environment)))
