import Testing

@testable import NucEngine

@Suite struct WeightStoreTests {}

extension WeightStoreTests {
    @Test func everyOffenderIsListedInOneError() {
        let store = WeightStore(
            tensors: [
                "a.weight": Tensor(zeros: [2, 2]), "b.weight": Tensor(zeros: [3]), "c.extra": Tensor(zeros: [1]),
                "skip.me": Tensor(zeros: [1]),
            ], source: "model.pth")
        store.ignore(prefix: "skip.")
        #expect(store.tensor("a.weight", shape: [2, 2]).shape == [2, 2])
        #expect(store.tensor("b.weight", shape: [4]) == Tensor(zeros: [4]))
        #expect(store.tensor("d.bias", shape: [5]).shape == [5])
        #expect(
            throws: InputError(
                "missing keys: d.bias [5]; mis-shaped keys: b.weight: found [3], expected [4]; unexpected keys: c.extra",
                file: "model.pth")
        ) { try store.finish() }
    }

    @Test func aFullyUsedStoreFinishes() throws {
        let store = WeightStore(tensors: ["w": Tensor(shape: [1], elements: [2])], source: "m.pth")
        #expect(store.shape(of: "w") == [1])
        #expect(store.tensor("w", shape: [1]).elements == [2])
        try store.finish()
    }
}
