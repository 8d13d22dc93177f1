import NucBench
import Testing

/// `AblationPlan`: which runs a configuration and the grid options give, their names, options,
/// tables and inference jobs.
@Suite struct AblationPlanTests {
    static func plan(
        _ text: String = AblationConfigTests.full, folder: String = AblationConfigTests.folder("plan"),
        toggles: [AblationPlan.Module] = AblationPlan.Module.allCases,
        negatives: [Int] = [0, 1, 2], prompts: [AblationSetting.Prompts] = [.oracle, .predicted]
    ) throws -> AblationPlan {
        try AblationPlan(
            config: try AblationConfigTests.config(text, in: folder), toggles: toggles, negatives: negatives,
            prompts: prompts)
    }
}

extension AblationPlanTests {
    @Test func defaultGridIsTable6ThenTable7WithSharedRunsOnce() throws {
        let plan = try Self.plan()
        let names = plan.runs.map { String($0.name.dropFirst("cpm17-ablate-".count)) }
        #expect(
            names == [
                "none-train0-test0-predicted", "ft-train0-test0-predicted", "ft-aux-train0-test0-predicted",
                "ft-aux-mapf-train0-test0-predicted", "ft-aux-mapf-np-train1-test1-predicted",
                "ft-train0-test0-oracle", "ft-aux-mapf-np-train0-test1-predicted", "ft-np-train0-test1-oracle",
                "ft-aux-mapf-np-train0-test2-predicted", "ft-np-train0-test2-oracle",
                "ft-aux-mapf-np-train1-test0-predicted", "ft-np-train1-test0-oracle", "ft-np-train1-test1-oracle",
                "ft-aux-mapf-np-train1-test2-predicted", "ft-np-train1-test2-oracle",
            ])
        #expect(plan.runs.map(\.tables) == [[6], [6], [6], [6, 7], [6, 7]] + Array(repeating: [7], count: 10))
        #expect(
            plan.runs.map(\.label).prefix(6) == [
                "none", "FT", "FT+AUX", "FT+AUX+MAPF; # NP 0/0 Pred", "FT+AUX+MAPF+NP; # NP 1/1 Pred", "# NP 0/0 GT",
            ])
    }

    @Test func optionsFollowTheAblationSettingConvention() throws {
        let plan = try Self.plan()
        #expect(
            plan.runs[0].options == [
                "ablation.ft": "off", "ablation.aux": "off", "ablation.mapf": "off", "ablation.np": "off",
                "negatives.train": "0", "negatives.test": "0", "prompts": "predicted",
            ])
        #expect(
            plan.runs[4].options == [
                "ablation.ft": "on", "ablation.aux": "on", "ablation.mapf": "on", "ablation.np": "on",
                "negatives.train": "1", "negatives.test": "1", "prompts": "predicted",
            ])
        #expect(
            plan.runs[5].options == [
                "ablation.ft": "on", "ablation.np": "off", "negatives.train": "0", "negatives.test": "0",
                "prompts": "oracle",
            ])
        for run in plan.runs {
            let setting = try AblationSetting(options: run.options, run: run.name)
            #expect((try? setting.table6Row.get()) != nil || !run.tables.contains(6))
            #expect((try? setting.table7Cell.get()) != nil || !run.tables.contains(7))
        }
    }

    @Test func checkpointsAndPredictionFoldersFollowTheSetting() throws {
        let plan = try Self.plan()
        let folder = AblationConfigTests.folder("plan") + "/w/"
        #expect(plan.runs[0].segmentor == folder + "sam.pth")
        #expect(plan.runs[0].prompter == folder + "plain.pth")
        #expect(plan.runs[2].prompter == folder + "aux.pth")
        #expect(plan.runs[4].segmentor == folder + "np1.pth")
        #expect(plan.runs[5].prompter == nil)
        #expect(plan.runs[5].predictionDirectory == "/abs/pred/ft-train0-oracle/k0")
        #expect(
            plan.jobs.map { "\($0.name) \($0.negatives)" } == [
                "vanilla-noaux [0]", "ft-train0-noaux [0]", "ft-train0-aux [0]", "ft-train0-aux-mapf [0, 1, 2]",
                "ft-train1-aux-mapf [0, 1, 2]", "ft-train0-oracle [0, 1, 2]", "ft-train1-oracle [0, 1, 2]",
            ])
        #expect(plan.jobs[3].filtering == true && plan.jobs[2].filtering == false && plan.jobs[5].filtering == nil)
        #expect(plan.jobs[3].predictionDirectory(negatives: 2) == "/abs/pred/ft-train0-aux-mapf/k2")
    }

    @Test func planTextListsRunsAndJobs() throws {
        let plan = try Self.plan(
            folder: AblationConfigTests.folder("plan-text"), toggles: [.negativePrompts], negatives: [2],
            prompts: [.oracle])
        #expect(
            plan.description == """
                ablation plan: 3 runs, 3 inference jobs
                  1. cpm17-ablate-ft-aux-mapf-np-train1-test1-predicted  [Table 6, Table 7: FT+AUX+MAPF+NP; # NP 1/1 Pred]
                  2. cpm17-ablate-ft-np-train0-test2-oracle  [Table 7: # NP 0/2 GT]
                  3. cpm17-ablate-ft-np-train1-test2-oracle  [Table 7: # NP 1/2 GT]
                  infer ft-train1-aux-mapf: K 1 → /abs/pred/ft-train1-aux-mapf/k{1}
                  infer ft-train0-oracle: K 2 → /abs/pred/ft-train0-oracle/k{2}
                  infer ft-train1-oracle: K 2 → /abs/pred/ft-train1-oracle/k{2}
                """)
    }

    @Test func gridOptionsRestrictTheTables() throws {
        let rows = try Self.plan(
            folder: AblationConfigTests.folder("plan-rows"), toggles: [.auxiliary, .promptFiltering], negatives: [],
            prompts: [])
        #expect(rows.runs.map(\.label) == ["FT+AUX", "FT+AUX+MAPF; # NP 0/0 Pred"])
        let table7 = try Self.plan(
            folder: AblationConfigTests.folder("plan-table7"), toggles: [], negatives: [2], prompts: [.oracle])
        #expect(
            table7.runs.map(\.name) == [
                "cpm17-ablate-ft-np-train0-test2-oracle", "cpm17-ablate-ft-np-train1-test2-oracle",
            ])
        #expect(table7.jobs.map(\.name) == ["ft-train0-oracle", "ft-train1-oracle"])
    }

    @Test func missingCheckpointsAndEmptyGridsAreErrors() throws {
        let folder = AblationConfigTests.folder("plan-errors")
        let file = folder + "/ablation.toml"
        let bare = "dataset = \"cpm17\"\ndata = \"d\"\n[segmentor]\nvariant = \"h\"\n"
        #expect(
            throws: InputError(
                "run none needs the official SAM weights; set [segmentor] vanilla in the configuration", file: file)
        ) { try Self.plan(bare, folder: folder) }
        #expect(
            throws: InputError(
                "run FT needs a segmentor fine-tuned with 0 negatives; set [segmentor.fine_tuned] 0 in the configuration",
                file: file)
        ) { try Self.plan(bare + "vanilla = \"v\"\n[prompter]\nno_aux = \"p\"", folder: folder) }
        #expect(
            throws: InputError(
                "run FT+AUX+MAPF+NP; # NP 1/1 Pred needs a segmentor fine-tuned with 1 negatives; set [segmentor.fine_tuned] 1 in the "
                    + "configuration", file: file)
        ) {
            try Self.plan(
                bare + "[segmentor.fine_tuned]\n0 = \"f\"\n[prompter]\naux = \"a\"", folder: folder,
                toggles: [.negativePrompts])
        }
        #expect(
            throws: InputError(
                "the ablation grid is empty (no --toggles and no Table 7 cell: [segmentor.fine_tuned], --negatives and "
                    + "--prompts)", file: file)
        ) { try Self.plan(bare, folder: folder, toggles: []) }
    }
}
