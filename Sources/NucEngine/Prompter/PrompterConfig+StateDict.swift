extension PrompterConfig {
    /// The official PromptNucSeg prompter: ConvNeXt-S (depths [3, 3, 27, 3], widths [96, 192, 384, 768]),
    /// FPN 256, with PanNuke's 3 levels and 5 classes (spec promptnucseg.md §3.1, §3.2).
    package static let convNeXtSmallPanNuke = PrompterConfig(
        depths: [3, 3, 27, 3], widths: [96, 192, 384, 768], pyramidWidth: 256, levels: 3, classes: 5)

    /// Every tensor of a prompter state dict with this configuration, by key (spec promptnucseg.md §3.6).
    ///
    /// The counterpart of what `Prompter` binds, for generating seeded weights; a checkpoint's keys
    /// and shapes equal it exactly. `num_batches_tracked` is the 0-d int64 counter.
    ///
    /// - Returns: Shapes by PyTorch key.
    package func stateDictShapes() -> [String: [Int]] {
        var shapes: [String: [Int]] = [:]
        func module(_ key: String, _ weight: [Int], bias: Bool = true) {
            shapes[key + ".weight"] = weight
            if bias { shapes[key + ".bias"] = [weight[0]] }
        }
        module(PrompterKeys.stemConvolution, [widths[0], 3, 4, 4])
        module(PrompterKeys.stemNorm, [widths[0]])
        for stage in 0..<Self.stageCount {
            let width = widths[stage]
            if stage > 0 {
                module(PrompterKeys.downsampleNorm(stage), [widths[stage - 1]])
                module(PrompterKeys.downsampleConvolution(stage), [width, widths[stage - 1], 2, 2])
            }
            for block in 0..<depths[stage] {
                let prefix = PrompterKeys.block(stage, block)
                shapes[prefix + "gamma"] = [width]
                module(prefix + "conv_dw", [width, 1, 7, 7])
                module(prefix + "norm", [width])
                module(prefix + "mlp.fc1", [4 * width, width])
                module(prefix + "mlp.fc2", [width, 4 * width])
            }
        }
        for (neck, outputs) in [(PrompterKeys.detectionNeck, levels), (PrompterKeys.maskNeck, 1)] {
            for (index, width) in widths.enumerated() {
                module(PrompterKeys.lateral(neck, index), [pyramidWidth, width, 1, 1])
            }
            for index in 0..<outputs { module(PrompterKeys.output(neck, index), [pyramidWidth, pyramidWidth, 3, 3]) }
        }
        for (head, outputs) in [
            (PrompterKeys.deformLayer, 2), (PrompterKeys.regressionHead, 2),
            (PrompterKeys.classificationHead, classes + 1),
        ] {
            module(head + PrompterKeys.mlpLayers.first, [pyramidWidth, pyramidWidth])
            module(head + PrompterKeys.mlpLayers.last, [outputs, pyramidWidth])
        }
        module(PrompterKeys.fusion, [pyramidWidth, levels * pyramidWidth, 3, 3])
        module(PrompterKeys.maskConvolution, [pyramidWidth, pyramidWidth, 3, 3])
        module(PrompterKeys.maskNorm, [pyramidWidth])
        shapes[PrompterKeys.maskNorm + ".running_mean"] = [pyramidWidth]
        shapes[PrompterKeys.maskNorm + ".running_var"] = [pyramidWidth]
        shapes[PrompterKeys.maskNormCounter] = []
        module(PrompterKeys.maskLogits, [1, pyramidWidth, 1, 1])
        return shapes
    }
}
