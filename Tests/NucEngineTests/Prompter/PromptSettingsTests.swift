import Testing

@testable import NucEngine

/// Presets transcribed from the official prompter configs (spec promptnucseg.md §7).
@Suite struct PromptSettingsTests {}

extension PromptSettingsTests {
    @Test func presetsMatchTheOfficialConfigs() {
        #expect(PromptSettings.preset(.pannuke) == PromptSettings(spacing: 8, nmsRadius: 12, maskFiltering: false))
        #expect(PromptSettings.preset(.kumar) == PromptSettings(spacing: 16, nmsRadius: 11, maskFiltering: true))
        #expect(PromptSettings.preset(.cpm17) == PromptSettings(spacing: 16, nmsRadius: 12, maskFiltering: true))
    }

    @Test func levelCountImpliesTheDataset() {
        #expect(PromptDataset.implied(byLevels: 3) == .pannuke)
        #expect(PromptDataset.implied(byLevels: 4) == .cpm17)
        #expect(PromptDataset.implied(byLevels: 2) == nil)
    }
}
