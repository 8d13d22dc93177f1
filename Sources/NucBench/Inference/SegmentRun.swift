import Foundation
import NucEngine
import NucIO

/// One 256×256 tile through the PromptNucSeg segmentor, its outputs written as `.npy` files
/// (`nucbench segment`).
///
/// Writes `embedding.npy` (C, 16, 16), `logits.npy` (N, 256, 256) and `iou.npy` (N,), float32, in the
/// reference's layouts (spec promptnucseg.md §2.4), so they compare directly with PyTorch's outputs.
public struct SegmentRun: Sendable {
    /// The file names written into the output folder.
    public static let outputFiles = ["embedding.npy", "logits.npy", "iou.npy"]

    /// The segmentor configuration read from the checkpoint.
    public let config: SAMConfig
    /// The number of prompts decoded.
    public let promptCount: Int
    /// Milliseconds spent in the image encoder.
    public let encoderMilliseconds: Double
    /// Milliseconds spent in the prompt encoder and mask decoder (all prompts, one batched pass).
    public let decoderMilliseconds: Double

    /// Loads the checkpoint, segments the image's prompts and writes the outputs.
    ///
    /// The image and prompts are read before the (slow) checkpoint, so their errors come first.
    ///
    /// - Parameters:
    ///   - checkpoint: A PromptNucSeg segmentor or official SAM checkpoint (`.pth` or safetensors).
    ///   - image: A 256×256 RGB PNG or TIFF.
    ///   - prompts: A prompts JSON file (`PromptFile`).
    ///   - out: The output folder, created when missing.
    ///   - threads: OpenBLAS and worker threads (results are identical at any count).
    ///   - decoderHeads: The decoder's attention heads (not stored in checkpoints); nil for SAM's 8.
    /// - Throws: `InputError` naming the file at fault: unreadable or malformed image, prompts or
    ///   checkpoint, an image that is not 256×256, a checkpoint with missing, unexpected or mis-shaped
    ///   keys, or an output that cannot be written.
    public init(
        checkpoint: String, image: String, prompts: String, out: String, threads: Int, decoderHeads: Int? = nil
    ) throws {
        let picture = try ImageFile.readRGB(path: image)
        let input: Tensor
        do {
            input = try Segmentor.normalized(picture)
        } catch let error as InputError {
            throw error.inFile(image)
        }
        let points = try PromptFile.read(path: prompts)
        GEMM.threadCount = threads
        let segmentor = try Segmentor(checkpoint: checkpoint, decoderHeads: decoderHeads)
        let clock = ContinuousClock()
        var embedding = Tensor(zeros: [0])
        let encoding = clock.measure { embedding = segmentor.imageEncoder(input) }
        var output = SegmentorOutput(logits: Tensor(zeros: [0]), iou: [])
        let decoding = clock.measure { output = segmentor.decoder.decode(embedding: embedding, prompts: points) }

        do {
            try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
        } catch {
            throw InputError("cannot create the output folder: \(error.localizedDescription)", file: out)
        }
        let folder = URL(fileURLWithPath: out)
        try NpyWriter.write(
            embedding.elements, shape: embedding.shape, to: folder.appendingPathComponent("embedding.npy").path)
        try NpyWriter.write(
            output.logits.elements, shape: output.logits.shape, to: folder.appendingPathComponent("logits.npy").path)
        try NpyWriter.write(output.iou, shape: [output.iou.count], to: folder.appendingPathComponent("iou.npy").path)
        config = segmentor.config
        promptCount = points.count
        encoderMilliseconds = Self.milliseconds(encoding)
        decoderMilliseconds = Self.milliseconds(decoding)
    }

    /// A duration in milliseconds.
    private static func milliseconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) * 1000 + Double(duration.components.attoseconds) * 1e-15
    }
}
