// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "sipdrill",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "sipdrill", targets: ["sipdrill"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
    ],
    targets: [
        // Pure domain: catalogue model, YAML parsing from strings, validation, search,
        // display width, scheduler. No files, no clock, no terminal.
        .target(
            name: "SipdrillCore",
            dependencies: [.product(name: "Yams", package: "Yams")]
        ),
        // GNU readline (libreadline-dev), reached only through the LineReader seam.
        .systemLibrary(name: "CReadline",
                       providers: [.apt(["libreadline-dev"])]),
        // Build-time tool: parses and validates content/*.yaml, emits the compact catalogue.
        .executableTarget(
            name: "catalogue-compiler",
            dependencies: ["SipdrillCore"],
            path: "Sources/CatalogueCompiler"
        ),
        .plugin(
            name: "EmbedCatalogue",
            capability: .buildTool(),
            dependencies: ["catalogue-compiler"]
        ),
        // The catalogue compiled into the binary, so a copied release binary is self-contained.
        .target(
            name: "SipdrillCatalogue",
            dependencies: ["SipdrillCore"],
            plugins: ["EmbedCatalogue"]
        ),
        // Adapters and commands: arguments, files, terminal, REPL.
        .target(
            name: "SipdrillCLI",
            dependencies: [
                "SipdrillCore", "SipdrillCatalogue", "CReadline",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(name: "sipdrill", dependencies: ["SipdrillCLI"]),
        // Benchmarks and the crash test for the progress store (bench/*.py drive it).
        .executableTarget(name: "sipdrill-bench", dependencies: ["SipdrillCLI", "SipdrillCore"]),
        .testTarget(
            name: "SipdrillCoreTests",
            dependencies: ["SipdrillCore"],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(
            name: "SipdrillCLITests",
            dependencies: ["SipdrillCLI", "SipdrillCore", "SipdrillCatalogue"],
            resources: [.copy("Fixtures")]
        ),
    ]
)
