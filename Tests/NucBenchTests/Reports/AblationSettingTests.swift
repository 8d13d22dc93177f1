import NucBench
import Testing

/// `AblationSetting`: the run-option convention of ablation runs and their places in Tables 6 and 7.
@Suite struct AblationSettingTests {
    static func setting(_ options: [String: String]) throws -> AblationSetting {
        try AblationSetting(options: options, run: "r")
    }
}

extension AblationSettingTests {
    @Test func cumulativeModulePrefixesAreTable6Rows() throws {
        let rows = try (0...4).map { modules in
            try Self.setting(ReportTestSupport.ablation(modules: modules)).table6Row
        }
        #expect(rows.map { try? $0.get() } == ["none", "FT", "FT+AUX", "FT+AUX+MAPF", "FT+AUX+MAPF+NP"])
        let withCounts = try Self.setting(
            ReportTestSupport.ablation(modules: 4, train: 1, test: 1, prompts: "predicted"))
        #expect(try withCounts.table6Row.get() == "FT+AUX+MAPF+NP")
    }

    @Test func settingsOutsideTable6SayWhy() throws {
        var gap = ReportTestSupport.ablation(modules: 3)
        gap["ablation.aux"] = "off"
        #expect(
            try Self.setting(gap).table6Row
                == .failure(.init("modules FT+MAPF are not a cumulative prefix of FT, AUX, MAPF, NP")))
        #expect(
            try Self.setting(["ablation.ft": "on"]).table6Row
                == .failure(.init("no ablation.aux, ablation.mapf, ablation.np")))
        #expect(
            try Self.setting(ReportTestSupport.ablation(modules: 4, train: 2, test: 2)).table6Row
                == .failure(.init("negatives.train is 2 but Table 6 with NP on has 1")))
        #expect(
            try Self.setting(ReportTestSupport.ablation(modules: 2, prompts: "oracle")).table6Row
                == .failure(.init("Table 6 uses predicted prompts, the run uses oracle prompts")))
    }

    @Test func negativeCountsAndPromptsAreTable7Cells() throws {
        let oracle = try Self.setting(ReportTestSupport.ablation(modules: 4, train: 2, test: 1, prompts: "oracle"))
        #expect(try oracle.table7Cell.get() == .init(train: 2, test: 1, column: "GT"))
        let predicted = try Self.setting(["negatives.train": "0", "negatives.test": "2", "prompts": "predicted"])
        #expect(try predicted.table7Cell.get() == .init(train: 0, test: 2, column: "Pred"))
        #expect(predicted.isAblation)
        #expect(try !Self.setting(["threads": "2"]).isAblation)
        let inconsistent = try Self.setting(
            ReportTestSupport.ablation(modules: 3, train: 1, test: 0, prompts: "oracle"))
        #expect(inconsistent.table7Cell == .failure(.init("ablation.np is off but negatives.train/test are 1/0")))
        let noFT = try Self.setting(ReportTestSupport.ablation(modules: 0, train: 0, test: 0, prompts: "oracle"))
        #expect(noFT.table7Cell == .failure(.init("Table 7 has FT, AUX and MAPF on; the run has FT, AUX, MAPF off")))
    }

    @Test func malformedValuesAreInputErrorsNamingRunKeyAndValue() {
        #expect(throws: InputError("run \"r\": option ablation.np is \"yes\"; expected on or off")) {
            try Self.setting(["ablation.np": "yes"])
        }
        #expect(throws: InputError("run \"r\": option negatives.test is \"-1\"; expected an integer ≥ 0")) {
            try Self.setting(["negatives.test": "-1"])
        }
        #expect(throws: InputError("run \"r\": option prompts is \"gt\"; expected predicted or oracle")) {
            try Self.setting(["prompts": "gt"])
        }
    }
}
