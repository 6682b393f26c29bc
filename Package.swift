// swift-tools-version: 6.0
// calidoc: documentos del Sistema de Calidad de Servicio y Experiencia Usuaria (PMG).
import PackageDescription

// `CALIDOC_FUZZ=1` (set by `.ci/fuzz`, with its own `--scratch-path .build-fuzz`) builds calidoc's own
// code with `-sanitize=fuzzer` and links the fuzz executables with libFuzzer, whose driver their
// `main` starts (`FuzzDriver`); without it they replay files. Not `-Xswiftc`: that would also reach
// the build-time tool TemplateEmbedder, whose own `main` clashes with libFuzzer's.
let fuzzing = Context.environment["CALIDOC_FUZZ"] != nil
let fuzzInstrumented: [SwiftSetting] = fuzzing ? [.unsafeFlags(["-sanitize=fuzzer"])] : []
let fuzzEntry: [SwiftSetting] = fuzzing ? [.define("CALIDOC_FUZZ"), .unsafeFlags(["-sanitize=fuzzer"])] : []
let fuzzLink: [LinkerSetting] = fuzzing ? [.unsafeFlags(["-sanitize=fuzzer"])] : []

let package = Package(
    name: "calidoc",
    platforms: [.macOS(.v14)],
    products: [
        .library(name: "CalidocKit", targets: ["CalidocKit"]),
        .executable(name: "calidoc", targets: ["calidoc"]),
    ],
    dependencies: [
        .package(url: "https://github.com/jpsim/Yams.git", from: "6.2.2"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache.git", from: "2.1.1"),
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-crypto.git", from: "3.12.3"),
        .package(url: "https://github.com/groue/GRDB.swift.git", from: "7.10.0"),
        .package(url: "https://github.com/apple/swift-certificates.git", from: "1.21.1"),
        .package(url: "https://github.com/apple/swift-asn1.git", from: "1.7.4"),
        // `calidoc serve`: the web application (CalidocServer).
        .package(url: "https://github.com/hummingbird-project/hummingbird.git", from: "2.28.1"),
        .package(url: "https://github.com/apple/swift-log.git", from: "1.14.0"),
        .package(url: "https://github.com/apple/swift-nio.git", from: "2.101.0"),
        .package(url: "https://github.com/apple/swift-http-types.git", from: "1.8.0"),
        // The shared server's store (CalidocPostgres): PostgreSQL client and bcrypt password hashes.
        .package(url: "https://github.com/vapor/postgres-nio.git", from: "1.33.2"),
        .package(url: "https://github.com/apple/swift-nio-ssl.git", from: "2.25.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird-auth.git", from: "2.5.0"),
        // Tests only: property-based checks with shrinking (Swift Testing).
        .package(url: "https://github.com/x-sheep/swift-property-based.git", from: "2.0.1"),
    ],
    targets: [
        // System libraries (Debian: libxml2-dev, libzip-dev).
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"]), .brew(["libxml2"])]
        ),
        .systemLibrary(
            name: "CLibZip",
            pkgConfig: "libzip",
            providers: [.apt(["libzip-dev"]), .brew(["libzip"])]
        ),
        // Build-time tool that embeds Templates/ into the library, so the binary finds its
        // default templates wherever it is installed.
        .executableTarget(name: "TemplateEmbedder"),
        .plugin(
            name: "EmbedTemplates",
            capability: .buildTool(),
            dependencies: ["TemplateEmbedder"],
            // Under Sources/ so the repository keeps its fixed top level.
            path: "Sources/EmbedTemplatesPlugin"
        ),
        .target(
            name: "CalidocKit",
            dependencies: [
                "CLibXML2",
                "CLibZip",
                .product(name: "Yams", package: "Yams"),
                .product(name: "Mustache", package: "swift-mustache"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "GRDB", package: "GRDB.swift"),
                // The archive's read-only index reader opens SQLite with URI flags (immutable) itself.
                .product(name: "GRDBSQLite", package: "GRDB.swift"),
                // RSA-PSS signature checks (same package as Crypto).
                .product(name: "_CryptoExtras", package: "swift-crypto"),
                .product(name: "X509", package: "swift-certificates"),
                .product(name: "SwiftASN1", package: "swift-asn1"),
            ],
            swiftSettings: fuzzInstrumented,
            plugins: ["EmbedTemplates"]
        ),
        // `calidoc serve`: pages, JSON API and security checks over CalidocKit; its CSS, JavaScript and
        // OpenAPI document live in Templates/web/ and are embedded with the templates.
        .target(
            name: "CalidocServer",
            dependencies: [
                "CalidocKit",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
            ]
        ),
        // The shared server's store in PostgreSQL (issue 19): the same `Store` contract as the
        // folders store of CalidocKit, with versioned migrations; bcrypt for account passwords.
        .target(
            name: "CalidocPostgres",
            dependencies: [
                "CalidocKit",
                .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "HummingbirdBcrypt", package: "hummingbird-auth"),
                .product(name: "NIOSSL", package: "swift-nio-ssl"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .target(
            name: "CalidocCLI",
            dependencies: [
                "CalidocKit",
                "CalidocServer",
                "CalidocPostgres",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(
            name: "calidoc", dependencies: ["CalidocCLI"]),
        // libFuzzer targets (bash .ci/fuzz); without CALIDOC_FUZZ they replay files given as arguments.
        .target(name: "CalidocFuzzing", dependencies: ["CalidocKit"], swiftSettings: fuzzEntry),
        .executableTarget(
            name: "calidoc-fuzz-inputs", dependencies: ["CalidocFuzzing"], swiftSettings: fuzzEntry, linkerSettings: fuzzLink),
        .executableTarget(
            name: "calidoc-fuzz-templates", dependencies: ["CalidocFuzzing"], swiftSettings: fuzzEntry, linkerSettings: fuzzLink),
        .executableTarget(
            name: "calidoc-fuzz-pdf", dependencies: ["CalidocFuzzing"], swiftSettings: fuzzEntry, linkerSettings: fuzzLink),
        .executableTarget(
            name: "calidoc-fuzz-cms", dependencies: ["CalidocFuzzing"], swiftSettings: fuzzEntry, linkerSettings: fuzzLink),
        .executableTarget(
            name: "calidoc-fuzz-import", dependencies: ["CalidocFuzzing"], swiftSettings: fuzzEntry, linkerSettings: fuzzLink),
        .executableTarget(
            name: "calidoc-fuzz-template-depth", dependencies: ["CalidocFuzzing"], swiftSettings: fuzzEntry, linkerSettings: fuzzLink),
        // In-process benchmark (renders/s, diff time, memory by batch size): bash Benchmarks/run.sh
        // A benchmark script with top-level state: Swift 5 mode spares it actor annotations.
        .executableTarget(name: "calidoc-bench", dependencies: ["CalidocKit"], path: "Benchmarks/Sources/calidoc-bench",
                          swiftSettings: [.swiftLanguageMode(.v5)]),
        .testTarget(
            name: "CalidocKitTests",
            dependencies: ["CalidocKit", .product(name: "PropertyBased", package: "swift-property-based"),
                           .product(name: "Yams", package: "Yams")],
            exclude: ["Fixtures"]
        ),
        .testTarget(
            name: "CalidocServerTests",
            dependencies: ["CalidocServer", "CalidocKit", "CLibXML2", .product(name: "HummingbirdTesting", package: "hummingbird"),
                           .product(name: "HTTPTypes", package: "swift-http-types")],
            exclude: ["Browser"]
        ),
        // One contract suite run against every store (folders + SQLite, PostgreSQL).
        .testTarget(
            name: "CalidocStoreTests",
            dependencies: ["CalidocKit", "CalidocPostgres", .product(name: "PostgresNIO", package: "postgres-nio"),
                           .product(name: "GRDB", package: "GRDB.swift")]
        ),
        .testTarget(
            name: "CalidocCLITests",
            dependencies: ["CalidocCLI", "CalidocKit"]
        ),
    ]
)
