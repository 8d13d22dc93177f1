extension PickleMachine {
    // MARK: - Globals, calls and state

    /// Module names CPython's unpickler maps from Python 2 when the protocol is below 3
    /// (`Lib/_compat_pickle.py`, `IMPORT_MAPPING`, the entries plain data needs).
    static let python2Modules = ["__builtin__": "builtins", "copy_reg": "copyreg"]

    /// `GLOBAL` and `STACK_GLOBAL`: pushes an allow-listed global.
    ///
    /// - Parameters:
    ///   - module: The module name.
    ///   - name: The qualified name within the module.
    /// - Throws: `InputError` naming the global when the allow-list does not contain it.
    mutating func pushGlobal(module: String, name: String) throws {
        let mapped = protocolVersion < 3 ? Self.python2Modules[module] ?? module : module
        guard let global = allowList[mapped + "." + name] else {
            throw InputError("pickle global \(module).\(name) is not allowed")
        }
        try push(.global(global))
    }

    /// `REDUCE`, `NEWOBJ` and `NEWOBJ_EX`: calls an allow-listed global's rebuild rule.
    ///
    /// A result that is a dict becomes a dict box, so that `SETITEMS` can fill it (as it
    /// fills `OrderedDict()`); any other result becomes an object box that `BUILD` may replace.
    ///
    /// - Parameters:
    ///   - callable: What to call: a global with a `call` rule.
    ///   - arguments: A tuple of arguments.
    /// - Throws: `InputError` when `callable` cannot be called, the arguments are not a
    ///   tuple, or the rule rejects them.
    mutating func call(_ callable: PickleItem, with arguments: PickleItem) throws {
        guard case .global(let global) = callable else {
            throw InputError("pickle calls a \(callable.typeName), which is not an allow-listed global")
        }
        guard let rule = global.call else { throw InputError("pickle global \(global.name) cannot be called") }
        let (converted, depth) = try converter.convert(arguments)
        guard case .tuple(let values) = converted else {
            throw InputError("arguments of \(global.name) must be a tuple, got \(converted.typeName)")
        }
        let result = try rule(values)
        if case .dict(let entries) = result {
            var content = PickleBox.DictContent()
            for entry in entries { content.set(entry.key, .value(entry.value, depth: depth)) }
            try push(.box(makeBox(.dict(content), creator: global, depth: depth + 1)))
        } else {
            try push(.box(makeBox(.object(result), creator: global, depth: depth + 1)))
        }
    }

    /// `BUILD`: hands `state` to the object on top of the stack, through the rule of the
    /// global that made it.
    ///
    /// - Parameters:
    ///   - target: The object.
    ///   - state: The state.
    /// - Throws: `InputError` when the object was not made by a global that allows `BUILD`,
    ///   or its rule rejects the state.
    mutating func build(_ target: PickleItem, state: PickleItem) throws {
        let (converted, depth) = try converter.convert(state)
        guard case .box(let box) = target, let creator = box.creator else {
            throw InputError("BUILD on a \(target.typeName) is not supported")
        }
        switch creator.build {
        case .unsupported:
            throw InputError("BUILD on objects made by \(creator.name) is not supported")
        case .ignoreState:
            return
        case .apply(let rule):
            guard case .object(let object) = box.content else {
                throw InputError("BUILD on a \(box.typeName) made by \(creator.name) is not supported")
            }
            box.content = .object(try rule(object, converted))
            box.depth = max(box.depth, depth + 1)
            guard box.depth <= limits.maximumDepth else {
                throw InputError("pickle nests deeper than \(limits.maximumDepth) levels")
            }
        }
    }
}
