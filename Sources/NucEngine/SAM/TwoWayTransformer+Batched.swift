extension TwoWayTransformer {
    /// Runs the transformer for a batch of prompts of one image.
    ///
    /// Token-side tensors are small and use `Tensor`; the image side of every prompt lives in the
    /// workspace. Block 0 reads the image tokens, its token-to-image keys and values, and its
    /// image-to-token queries from `context` (shared by all prompts), and writes each prompt's
    /// updated image tokens to `workspace.keys`.
    /// ref: segment-anything 1.0 `modeling/transformer.py` lines 62–106 and 151–182.
    ///
    /// - Parameters:
    ///   - tokens: The output and prompt tokens, (n, T, C); also the query PE (`point_embedding`).
    ///   - context: The image's shared inputs.
    ///   - workspace: Scratch for at least n prompts; receives the image tokens (n·S, C) in `keys`.
    /// - Returns: The processed readout tokens (IoU token and mask token 0, all the single-mask decoder
    ///   reads of `hs`), (n, 2, C); see `finalReadoutAttention`.
    func callAsFunction(tokens: Tensor, context: MaskDecoderImageContext, workspace: MaskDecoderWorkspace) -> Tensor {
        let (prompts, cells) = (tokens.shape[0], context.cells)
        var queries = tokens
        for (index, layer) in layers.enumerated() {
            if layer.skipsFirstPositionalEncoding {
                queries = layer.selfAttention(queries: queries, keys: queries, values: queries)
            } else {
                let withPE = elementwiseSum(queries, tokens)
                queries = elementwiseSum(queries, layer.selfAttention(queries: withPE, keys: withPE, values: queries))
            }
            queries = layer.norm1(queries)

            let shared = index == 0
            if !shared {
                addPositionalEncoding(prompts: prompts, context: context, workspace: workspace)
                layer.tokenToImage.keyProjection.apply(
                    rows: prompts * cells, input: workspace.keysWithPE, inputStride: context.image.shape[1],
                    output: workspace.imageKeys, outputStride: layer.tokenToImage.internalDim)
                layer.tokenToImage.valueProjection.apply(
                    rows: prompts * cells, input: workspace.keys, inputStride: context.image.shape[1],
                    output: workspace.imageValues, outputStride: layer.tokenToImage.internalDim)
            }
            let attended = tokensToImage(
                layer.tokenToImage, queries: elementwiseSum(queries, tokens), context: context, shared: shared,
                workspace: workspace)
            queries = layer.norm2(elementwiseSum(queries, attended))
            queries = layer.norm3(elementwiseSum(queries, layer.mlp(queries)))

            imageToTokens(
                layer, queries: queries, tokens: tokens, context: context, shared: shared, workspace: workspace)
        }
        addPositionalEncoding(prompts: prompts, context: context, workspace: workspace)
        let readout = leadingTokens(queries, count: Self.readoutTokenCount)
        let attended = finalReadoutAttention(
            queries: elementwiseSum(readout, leadingTokens(tokens, count: Self.readoutTokenCount)), cells: cells,
            workspace: workspace)
        return finalNorm(elementwiseSum(readout, attended))
    }

    /// The first `count` tokens of every prompt, (n, count, C).
    private func leadingTokens(_ tokens: Tensor, count: Int) -> Tensor {
        let (prompts, rows, dimension) = (tokens.shape[0], tokens.shape[1], tokens.shape[2])
        var elements: [Float] = []
        elements.reserveCapacity(prompts * count * dimension)
        for prompt in 0..<prompts {
            let start = prompt * rows * dimension
            elements += tokens.elements[start..<(start + count * dimension)]
        }
        return Tensor(shape: [prompts, count, dimension], elements: elements)
    }

    /// Tokens attend to their prompt's image tokens (projected keys/values in the workspace, or the
    /// shared ones of block 0 in `context`).
    private func tokensToImage(
        _ attention: MultiHeadAttention, queries: Tensor, context: MaskDecoderImageContext, shared: Bool,
        workspace: MaskDecoderWorkspace
    ) -> Tensor {
        let (prompts, rows, cells) = (queries.shape[0], queries.shape[1], context.cells)
        let projected = attention.queryProjection(queries)
        let inner = attention.internalDim
        var mixed = Tensor(zeros: [prompts, rows, inner])
        projected.elements.withUnsafeBufferPointer { query in
            context.firstKeys.elements.withUnsafeBufferPointer { sharedKeys in
                context.firstValues.elements.withUnsafeBufferPointer { sharedValues in
                    mixed.elements.withUnsafeMutableBufferPointer { output in
                        guard let query = query.baseAddress, let sharedKeys = sharedKeys.baseAddress,
                            let sharedValues = sharedValues.baseAddress, let output = output.baseAddress
                        else { return }
                        ParallelLoop.forEachChunk(of: prompts) { range in
                            let scores = UnsafeMutablePointer<Float>.allocate(capacity: rows * cells)
                            defer { scores.deallocate() }
                            for prompt in range {
                                let offset = shared ? 0 : prompt * cells * inner
                                attention.attendProjected(
                                    queryRows: rows, queries: query + prompt * rows * inner, keyRows: cells,
                                    keys: shared ? sharedKeys : UnsafePointer(workspace.imageKeys + offset),
                                    values: shared ? sharedValues : UnsafePointer(workspace.imageValues + offset),
                                    output: output + prompt * rows * inner, scores: scores)
                            }
                        }
                    }
                }
            }
        }
        return attention.outputProjection(mixed)
    }

    /// Image tokens attend to their prompt's tokens; updates `workspace.keys` with the residual and
    /// `norm4` (block 0 starts from the shared image tokens).
    private func imageToTokens(
        _ layer: TwoWayAttentionBlock, queries: Tensor, tokens: Tensor, context: MaskDecoderImageContext,
        shared: Bool, workspace: MaskDecoderWorkspace
    ) {
        let attention = layer.imageToToken
        let (prompts, rows, cells) = (queries.shape[0], queries.shape[1], context.cells)
        let (dimension, inner) = (context.image.shape[1], attention.internalDim)
        let tokenKeys = attention.keyProjection(elementwiseSum(queries, tokens))
        let tokenValues = attention.valueProjection(queries)
        if !shared {
            attention.queryProjection.apply(
                rows: prompts * cells, input: workspace.keysWithPE, inputStride: dimension,
                output: workspace.imageQueries, outputStride: inner)
        }
        let padded = (cells + VectorMath.width - 1) / VectorMath.width * VectorMath.width
        context.firstImageQueries.elements.withUnsafeBufferPointer { sharedQueries in
            tokenKeys.elements.withUnsafeBufferPointer { keys in
                tokenValues.elements.withUnsafeBufferPointer { values in
                    guard let sharedQueries = sharedQueries.baseAddress, let keys = keys.baseAddress,
                        let values = values.baseAddress
                    else { return }
                    ParallelLoop.forEachChunk(of: prompts) { range in
                        let scores = UnsafeMutablePointer<Float>.allocate(capacity: rows * padded)
                        scores.initialize(repeating: 0, count: rows * padded)
                        defer { scores.deallocate() }
                        for prompt in range {
                            attention.attendProjectedTransposed(
                                queryRows: cells,
                                queries: shared
                                    ? sharedQueries : UnsafePointer(workspace.imageQueries + prompt * cells * inner),
                                keyRows: rows, keys: keys + prompt * rows * inner,
                                values: values + prompt * rows * inner,
                                output: workspace.imageMixed + prompt * cells * inner, scores: scores,
                                paddedQueryRows: padded)
                        }
                        startResidual(
                            prompts: range, image: shared ? context.image : nil, bias: attention.outputProjection.bias,
                            keys: workspace.keys, cells: cells)
                    }
                }
            }
        }
        attention.outputProjection.accumulateProduct(
            rows: prompts * cells, input: workspace.imageMixed, into: workspace.keys)
        ParallelLoop.forEachChunk(of: prompts) { range in
            layer.norm4.apply(
                rows: range.count * cells, input: workspace.keys + range.lowerBound * cells * dimension,
                inputStride: dimension, output: workspace.keys + range.lowerBound * cells * dimension,
                outputStride: dimension)
        }
    }

    /// Prepares the residual sum of the image-to-token attention for some prompts: their image tokens
    /// (block 0: the shared ones, copied) plus the output projection's bias.
    private func startResidual(
        prompts: Range<Int>, image: Tensor?, bias: Tensor?, keys: UnsafeMutablePointer<Float>, cells: Int
    ) {
        guard let bias else { return }
        let dimension = bias.count
        bias.elements.withUnsafeBufferPointer { bias in
            for prompt in prompts {
                let target = keys + prompt * cells * dimension
                if let image {
                    image.elements.withUnsafeBufferPointer { image in
                        for cell in 0..<cells {
                            for channel in 0..<dimension {
                                target[cell * dimension + channel] = image[cell * dimension + channel] + bias[channel]
                            }
                        }
                    }
                } else {
                    for cell in 0..<cells {
                        for channel in 0..<dimension { target[cell * dimension + channel] += bias[channel] }
                    }
                }
            }
        }
    }

    /// Writes `keys + PE` for every prompt's image tokens into `workspace.keysWithPE`.
    private func addPositionalEncoding(prompts: Int, context: MaskDecoderImageContext, workspace: MaskDecoderWorkspace)
    {
        let plane = context.positionalEncoding.count
        context.positionalEncoding.elements.withUnsafeBufferPointer { encoding in
            ParallelLoop.forEachChunk(of: prompts) { range in
                for prompt in range {
                    let source = workspace.keys + prompt * plane
                    let target = workspace.keysWithPE + prompt * plane
                    for index in 0..<plane { target[index] = source[index] + encoding[index] }
                }
            }
        }
    }
}

/// The elementwise sum of two tensors of one shape.
private func elementwiseSum(_ left: Tensor, _ right: Tensor) -> Tensor {
    var sum = left
    sum.elements.withUnsafeMutableBufferPointer { sum in
        right.elements.withUnsafeBufferPointer { right in
            for index in sum.indices { sum[index] += right[index] }
        }
    }
    return sum
}
