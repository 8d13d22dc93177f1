import NucIO
import Testing

@Suite struct PromptNucSegMaskTests {}

// MARK: - Files numpy wrote

extension PromptNucSegMaskTests {
    /// The elements of the array stored under `key` in a fixture's tagged description.
    private func expectedMap(_ key: String, of name: String) throws -> [Int64] {
        let objectArray = try #require(PickleFixtures.all[name]?["value"]?.elements)
        let dict = try #require(objectArray[2].elements?.first?.elements?[1].elements)
        let pair = try #require(dict.first { $0.elements?[0].elements?[1].text == key }?.elements)
        let array = try #require(pair[1].elements)
        #expect(array[1].text == "<i4" && array[2].ints == [64, 48])
        return try #require(array[3].elements).compactMap { $0.text.flatMap { Int64($0) } }
    }

    @Test(arguments: ["mask_dict.npy", "mask_dict_numpy1.npy"])
    func readsBothMaps(name: String) throws {
        let (instances, types) = try PromptNucSegMask.read(path: PickleFixtures.path(name))
        #expect(instances.height == 64 && instances.width == 48)
        #expect(instances == (try InstanceMap(height: 64, width: 48, labels: expectedMap("inst_map", of: name))))
        #expect(instances.count == 5 && instances.hasBackground)
        #expect(types.map(Int64.init) == (try expectedMap("type_map", of: name)))
    }

    @Test func readsTheFloatZeroMapPromptNucSegWritesForAnImageWithoutNuclei() throws {
        let (instances, types) = try PromptNucSegMask.read(path: PickleFixtures.path("mask_float_empty.npy"))
        #expect(instances.height == 64 && instances.width == 48)
        #expect(instances.count == 0 && instances.hasBackground)
        #expect(types == [Int32](repeating: 0, count: 64 * 48))
    }

    @Test(arguments: PickleFixtures.errorNames.filter { $0.hasPrefix("mask_") })
    func rejectsMalformedMasks(name: String) throws {
        let fragment = try #require(PickleFixtures.all[name]?["error"]?.text)
        let path = PickleFixtures.path(name)
        expectInputError(file: path, containing: fragment) { _ = try PromptNucSegMask.read(path: path) }
    }

    @Test func picklesThatAreNotMasksNameTheFile() {
        let path = PickleFixtures.path("plain_p2.pkl")
        expectInputError(file: path, containing: "not an .npy file") { _ = try PromptNucSegMask.read(path: path) }
    }
}
