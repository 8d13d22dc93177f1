import Foundation
import NucBench
import Testing

/// The inference manifest: fields, relative paths and exact errors.
@Suite struct InferenceManifestTests {
    /// Writes `text` as a manifest in a fresh folder and reads it.
    static func read(_ text: String) throws -> InferenceManifest {
        let folder = try InferFixtures.scratch("manifest")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try text.write(toFile: folder + "/m.json", atomically: true, encoding: .utf8)
        return try InferenceManifest(path: folder + "/m.json")
    }

    /// The message of the error reading `text` throws.
    static func message(_ text: String) -> String? {
        do {
            _ = try read(text)
            return nil
        } catch let error as InputError {
            return error.message
        } catch {
            return "\(error)"
        }
    }
}

extension InferenceManifestTests {
    @Test func fieldsAreReadAndPathsResolvedAgainstTheManifestFolder() throws {
        let manifest = try Self.read(
            """
            {"name": "m", "segmentor": "a/seg.pth", "prompter": "/abs/p.pth", "decoder_heads": 8, "variant": "h",
             "spacing": 16, "nms_radius": 11.5, "mapf": true, "mask_nms_threshold": 0.3, "overlap": 32,
             "pad_multiple": null}
            """)
        #expect(manifest.name == "m")
        #expect(manifest.segmentor.hasSuffix("/a/seg.pth") && manifest.segmentor.hasPrefix("/"))
        #expect(manifest.prompter == "/abs/p.pth")
        #expect(manifest.decoderHeads == 8)
        #expect(manifest.variant == .h)
        #expect(manifest.spacing == 16 && manifest.nmsRadius == 11.5 && manifest.maskFiltering == true)
        #expect(manifest.maskNMSThreshold == 0.3 && manifest.overlap == 32)
        #expect(manifest.padMultiple == .some(nil))
        let minimal = try Self.read(#"{"name": "m", "segmentor": "s.pth"}"#)
        #expect(minimal.prompter == nil && minimal.variant == nil && minimal.padMultiple == nil)
    }

    @Test func badManifestsNameTheField() {
        #expect(Self.message("[]") == "an inference manifest must be a JSON object")
        #expect(Self.message(#"{"segmentor": "s"}"#) == "manifest field 'name' is missing")
        #expect(Self.message(#"{"name": "m"}"#) == "manifest field 'segmentor' is missing")
        #expect(
            Self.message(#"{"name": "", "segmentor": "s"}"#)
                == #"manifest field 'name' must be a non-empty string, found """#)
        #expect(
            Self.message(#"{"name": "m", "segmentor": "s", "heads": 2}"#)
                == "unknown manifest field 'heads'; expected one of " + InferenceManifest.fields.joined(separator: ", ")
        )
        #expect(
            Self.message(#"{"name": "m", "segmentor": "s", "decoder_heads": 0}"#)
                == "manifest field 'decoder_heads' must be an integer from 1 to 2147483647, found 0")
        #expect(
            Self.message(#"{"name": "m", "segmentor": "s", "variant": "x"}"#)
                == #"manifest field 'variant' must be one of "b", "l", "h", found "x""#)
        #expect(
            Self.message(#"{"name": "m", "segmentor": "s", "mapf": 1}"#)
                == "manifest field 'mapf' must be true or false, found 1")
        #expect(
            Self.message(#"{"name": "m", "segmentor": "s", "mask_nms_threshold": 2}"#)
                == "manifest field 'mask_nms_threshold' must be a finite number from 0.0 to 1.0, found 2")
        #expect(
            Self.message(#"{"name": "m", "segmentor": "s", "overlap": 300}"#)
                == "manifest field 'overlap' must be an integer from 0 to 255, found 300")
    }

    @Test func runErrorsComeBeforeTheCheckpointsLoad() throws {
        let root = try InferFixtures.scratch("errors")
        defer { try? FileManager.default.removeItem(atPath: root) }
        try InferFixtures.panNuke(in: root + "/data")
        let manifest = root + "/m.json"
        try #"{"name": "m", "segmentor": "missing.pth"}"#.write(toFile: manifest, atomically: true, encoding: .utf8)
        func message(_ request: InferRequest) -> String? {
            do {
                _ = try InferRun.run(request)
                return nil
            } catch let error as InputError {
                return error.message
            } catch {
                return "\(error)"
            }
        }
        let base = InferRequest(
            manifestPath: manifest, dataset: .pannuke, dataDirectory: root + "/data", folds: [1],
            outDirectory: root + "/pred")
        #expect(
            message(base)
                == "manifest field 'prompter' is missing; predicted prompts need a prompter checkpoint "
                + "(or use --prompts oracle)")
        var twoFolds = base
        twoFolds.folds = [2]
        #expect(message(twoFolds) == "fold 2 is not in the data set (found folds 1)")
        var negatives = base
        negatives.negatives = [0, 1]
        #expect(
            message(negatives)
                == "--negatives: K = 1 on PanNuke; the PanNuke path never adds negative prompts "
                + "(spec promptnucseg.md §4.2), so K must be 0")
        negatives.negatives = [0, 0]
        #expect(message(negatives) == "--negatives lists K = 0 twice")
        var kumar = base
        kumar.dataset = .kumar
        #expect(
            message(kumar)
                == "manifest field 'variant' is missing; the kumar presets depend on the segmentor size (b, l or h)")
    }
}
