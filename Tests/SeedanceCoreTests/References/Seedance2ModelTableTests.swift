import Foundation
import SeedanceCore
import Testing

/// `Seedance2Model`: which official ids it recognises, and the limits each model gets (`Seedance2Limits`,
/// `ReferenceLimits`, `VideoConstraints`, `AudioConstraints`, `DraftRule`, `ReferenceTaskType`), as the official API
/// documents them.
@Suite("Seedance 2.x model table")
struct Seedance2ModelTableTests {
    @Test(
        "every official BytePlus and Volcengine id is recognised; dates and prefixes do not matter",
        arguments: [
            ("dreamina-seedance-2-0-260128", Seedance2Model.v2_0), ("dreamina-seedance-2-0-fast-260128", .v2_0Fast),
            ("dreamina-seedance-2-0-mini-260615", .v2_0Mini), ("dreamina-seedance-2-5-260628", .v2_5),
            ("dreamina-seedance-2-5-premium-260915", .v2_5Premium), ("dreamina-seedance-2-5-flash-261115", .v2_5Flash),
            ("doubao-seedance-2-0-260128", .v2_0), ("doubao-seedance-2-0-fast-260128", .v2_0Fast), ("doubao-seedance-2-0-mini-260615", .v2_0Mini),
            ("doubao-seedance-2-5-260628", .v2_5), ("doubao-seedance-2-5-premium-260915", .v2_5Premium), ("doubao-seedance-2-5-flash-261115", .v2_5Flash),
            ("Dreamina-Seedance-2-5-Premium-260915", .v2_5Premium), ("seedance-2-0", .v2_0),
        ])
    func recognised(id: String, model: Seedance2Model) {
        #expect(Seedance2Model.recognise(ModelID(rawValue: id)) == model)
    }

    @Test(
        "endpoint ids, Seedance 1.x ids and look-alikes are not 2.x models",
        arguments: [
            "ep-20260101123456-abcde", "seedance-1-5-pro-251215", "dreamina-seedance-1-5-pro-251215", "doubao-seedance-1-0-pro-250528",
            "doubao-seedance-1-0-lite-t2v-250428", "spark_dance_v2_0", "dreamina-seedance-2-05-260128", "seedance-2-0x", "",
        ])
    func notRecognised(id: String) {
        #expect(Seedance2Model.recognise(ModelID(rawValue: id)) == nil)
    }

    @Test("resolutions, lengths, defaults, references, output formats, task types and drafts per model")
    func table() {
        typealias Row = (
            Seedance2Model, resolutions: [Resolution], durations: String, defaultDuration: VideoDuration, counts: [Int], clip: ClosedRange<Double>,
            total: Double, audioAlone: Bool, formats: [MediaFormat], taskTypes: [ReferenceTaskType], finals: [Resolution]?
        )
        let line2_0 = (counts: [9, 3, 3], clip: 2.0...15.0, total: 15.0)
        let line2_5 = (counts: [30, 10, 10], clip: 2.0...30.0, total: 30.0)
        let allTypes: [ReferenceTaskType] = [.auto, .reference, .edit, .extend]
        let rows: [Row] = [
            (.v2_0, [.p480, .p720, .p1080, .p4k], "4…15 seconds, or auto", .seconds(5), line2_0.counts, line2_0.clip, line2_0.total, false, [], [], nil),
            (.v2_0Fast, [.p480, .p720], "4…15 seconds, or auto", .seconds(5), line2_0.counts, line2_0.clip, line2_0.total, false, [], [], nil),
            (.v2_0Mini, [.p480, .p720], "4…15 seconds, or auto", .seconds(5), line2_0.counts, line2_0.clip, line2_0.total, false, [], [], nil),
            (
                .v2_5, [.p480, .p720, .p1080], "4…30 seconds, or auto", .auto, line2_5.counts, line2_5.clip, line2_5.total, true, [.mp4, .mov], allTypes,
                [.p1080]
            ),
            (
                .v2_5Premium, [.p480, .p720, .p1080, .p4k], "4…30 seconds, or auto", .auto, line2_5.counts, line2_5.clip, line2_5.total, true, [.mp4, .mov],
                allTypes, [.p4k]
            ),
            (.v2_5Flash, [.p480, .p720], "4…30 seconds, or auto", .auto, line2_5.counts, line2_5.clip, line2_5.total, false, [], [], nil),
        ]
        #expect(rows.map(\.0) == Seedance2Model.allCases)
        for row in rows {
            let model = row.0.capabilities(id: "some-id")
            let references = model.references
            #expect(references != nil, "\(row.0)")
            #expect(model.id == "some-id" && model.displayName == row.0.displayName)
            #expect(model.resolutions == row.resolutions && model.defaultResolution == .p720, "\(row.0)")
            #expect(model.durations.allowedDescription == row.durations && model.defaultDuration == row.defaultDuration, "\(row.0)")
            #expect(MediaKind.allCases.map { references?.maxCount($0) } == row.counts, "\(row.0)")
            #expect(references?.clipSeconds == row.clip && references?.totalSeconds == row.total && references?.audioAlone == row.audioAlone, "\(row.0)")
            #expect(references?.video == VideoConstraints.seedance2 && references?.audio == AudioConstraints.seedance2, "\(row.0)")
            #expect(model.outputFormats == row.formats && model.taskTypes == row.taskTypes, "\(row.0)")
            #expect(model.drafts?.finalResolutions == row.finals && model.drafts.map { $0.draftResolution == .p480 } != false, "\(row.0)")
            #expect(model.adaptiveRatioOnlyForSourceMedia == row.0.is2_5Line, "\(row.0)")
            #expect(model.maxRequestBytes == Seedance2Limits.maxRequestBytes && model.maxRequestBytes == 64_000_000)
            #expect(model.priorityRange == 0...9 && model.safetyIdentifierMaxLength == 64 && model.serviceTiers.isEmpty)
            #expect(model.aspectRatios == Seedance2Limits.ratios && model.defaultAspectRatio == .adaptive)
            for absent in [RequestField.cameraFixed, .frames, .serviceTier, .framesPerSecond] {
                #expect(!model.supportedFields.contains(absent), "\(row.0) \(absent)")
            }
            #expect(model.supportedFields.isSuperset(of: [.referenceImages, .referenceVideos, .referenceAudios, .priority, .safetyIdentifier]))
            #expect(model.supportedFields.contains(.taskType) == !row.taskTypes.isEmpty, "\(row.0)")
            #expect(model.supportedFields.contains(.webSearch) == (row.0 != .v2_5Flash), "\(row.0)")
        }
    }

    @Test("the shared limits: images with heic/heif and assets, video and audio files, edit sources, seeds")
    func sharedLimits() {
        let video = VideoConstraints.seedance2
        #expect(video.formats == [.mp4, .mov] && video.videoCodecs == [.h264, .h265] && video.maxBytes == 200 * 1024 * 1024)
        #expect(video.pixelCount == 409_600...8_295_044 && video.sideRange == 300...6000 && video.aspectRange == 0.4...2.5)
        #expect(video.framesPerSecond == 24...60 && video.acceptsAssets)
        let audio = AudioConstraints.seedance2
        #expect(audio.formats == [.wav, .mp3] && audio.maxBytes == 15 * 1024 * 1024 && audio.acceptsInline && audio.acceptsAssets)
        let images = Seedance2Limits.images
        #expect(images.formats.suffix(2) == [.heic, .heif] && images.acceptsAssets && images.acceptsInline && images.maxImages == 2)
        #expect(Seedance2Limits.editSourceSeconds == 4...30 && Seedance2Limits.seedRange == -1...2_147_483_647)
        let references2_0 = ReferenceLimits(maxImages: 9, maxVideos: 3, maxAudios: 3, clipSeconds: 2...15, totalSeconds: 15, audioAlone: false)
        #expect(Seedance2Limits.references2_0 == references2_0)
        #expect(DraftRule(draftResolution: .p480, finalResolutions: [.p1080]) == Seedance2Model.v2_5.capabilities(id: "x").drafts)
        #expect(ReferenceTaskType(rawValue: "EDIT") == .edit && ReferenceTaskType.extend.rawValue == "extend")
        #expect(AssetID(rawValue: "asset://char-1").uri == "asset://char-1" && AssetID(rawValue: "char-1").rawValue == "char-1")
    }
}
