// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "Briefing",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "briefing", targets: ["briefing"]),
        .library(name: "BriefingKit", targets: ["BriefingKit"]),
    ],
    dependencies: [
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/apple/swift-log", from: "1.6.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CCmark",
            pkgConfig: "libcmark",
            providers: [.apt(["libcmark-dev"]), .brew(["cmark"])]
        ),
        .target(
            name: "BriefingKit",
            dependencies: [
                "CCmark",
                .product(name: "Yams", package: "Yams"),
            ],
            plugins: ["EmbedTemplates"]
        ),
        // The default templates travel inside the binary: the plugin runs the tool on Templates/.
        .executableTarget(name: "EmbedTemplatesTool"),
        .plugin(name: "EmbedTemplates", capability: .buildTool(), dependencies: ["EmbedTemplatesTool"]),
        .target(
            name: "BriefingPreview",
            dependencies: [
                "BriefingKit",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        // mimalloc, linked into the executable only: it takes over malloc for the whole process.
        .target(
            name: "CMimalloc",
            path: "ThirdParty/CMimalloc",
            exclude: ["vendor"],
            sources: ["allocator.c"],
            cSettings: [
                .headerSearchPath("vendor/include"),
                .define("MI_MALLOC_OVERRIDE"),
                .define("MI_DEBUG", to: "0"),
                // No transparent huge pages: the kernel zeroes each fresh 2 MiB page whole, and in perf
                // that zeroing was a tenth of a build's samples. Builds into tmpfs, alternating: 10,000
                // short briefings 2.1–3.3 s of system time with them, 1.5–1.7 s without; 1,000 long
                // ones 0.3–2.2 s with them (the kernel's mood), 0.5–0.6 s without.
                .define("MI_DEFAULT_ALLOW_THP", to: "0"),
                .define("NDEBUG"),
            ]
        ),
        .executableTarget(
            name: "briefing",
            dependencies: [
                "BriefingKit",
                "BriefingPreview",
                .target(name: "CMimalloc", condition: .when(platforms: [.linux])),
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(
            name: "BriefingKitTests",
            dependencies: [
                "BriefingKit",
                // The reference engine our own Mustache renderer is checked against.
                .product(name: "Mustache", package: "swift-mustache"),
            ],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(
            name: "BriefingPreviewTests",
            dependencies: ["BriefingKit", "BriefingPreview"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
