/// Writes a tiny, standard-conforming H.264 stream with no encoder: Constrained Baseline profile, every frame one
/// IDR slice whose macroblocks are all `I_PCM` (raw samples, no prediction, no entropy coding to get wrong).
/// Decoders (ffmpeg, browsers, QuickTime) read it; it is large per pixel, so keep frames small.
enum H264Writer {
    /// The parameter sets and frames of a stream, as NAL units without start codes.
    struct Stream {
        var sps: [UInt8]
        var pps: [UInt8]
        var frames: [[UInt8]]
    }

    /// A stream of `frameCount` frames of `width` × `height` (multiples of 16) whose luma and chroma at (x, y) in
    /// frame `frame` come from `luma` and `chroma` (values are clamped to 16 … 235 / 16 … 240).
    static func stream(
        width: Int, height: Int, frameCount: Int,
        luma: (Int, Int, Int) -> Int, chroma: (Int, Int, Int) -> (Int, Int)
    ) -> Stream {
        let widthInMacroblocks = width / 16
        let heightInMacroblocks = height / 16
        let sps = sequenceParameterSet(widthInMacroblocks: widthInMacroblocks, heightInMacroblocks: heightInMacroblocks, level: 30)
        let pps = pictureParameterSet()
        var frames: [[UInt8]] = []
        for frame in 0..<frameCount {
            var slice = BitWriter()
            slice.unsignedGolomb(0)  // first_mb_in_slice
            slice.unsignedGolomb(7)  // slice_type: I (all slices of the picture)
            slice.unsignedGolomb(0)  // pic_parameter_set_id
            slice.bits(0, count: 4)  // frame_num (0 for an IDR picture)
            slice.unsignedGolomb(UInt32(frame % 2))  // idr_pic_id: differs between consecutive IDR pictures
            slice.bits(0, count: 6)  // pic_order_cnt_lsb
            slice.bit(false)  // no_output_of_prior_pics_flag
            slice.bit(false)  // long_term_reference_flag
            slice.signedGolomb(0)  // slice_qp_delta
            slice.unsignedGolomb(1)  // disable_deblocking_filter_idc: off
            for macroblock in 0..<(widthInMacroblocks * heightInMacroblocks) {
                let originX = (macroblock % widthInMacroblocks) * 16
                let originY = (macroblock / widthInMacroblocks) * 16
                slice.unsignedGolomb(25)  // mb_type: I_PCM
                slice.alignWithZeros()  // pcm_alignment_zero_bit
                for y in 0..<16 { for x in 0..<16 { slice.byte(clamp(luma(originX + x, originY + y, frame), 16, 235)) } }
                let samples = (0..<64).map { chroma(originX / 2 + $0 % 8, originY / 2 + $0 / 8, frame) }
                for sample in samples { slice.byte(clamp(sample.0, 16, 240)) }
                for sample in samples { slice.byte(clamp(sample.1, 16, 240)) }
            }
            slice.trailingBits()
            frames.append(nalUnit(type: 5, slice.bytes))
        }
        return Stream(sps: sps, pps: pps, frames: frames)
    }

    /// A Constrained Baseline sequence parameter set (4-bit frame_num, POC type 0 with 6-bit LSBs, one reference
    /// frame) at `level` (`level_idc`, 30 for 3.0), cropped by `cropRight` and `cropBottom` pairs of pixels, as a NAL
    /// unit.
    static func sequenceParameterSet(widthInMacroblocks: Int, heightInMacroblocks: Int, level: Int, cropRight: Int = 0, cropBottom: Int = 0) -> [UInt8] {
        var sps = BitWriter()
        sps.bits(66, count: 8)  // profile_idc: Baseline
        sps.bits(0xC0, count: 8)  // constraint_set0 and set1 (Constrained Baseline), reserved zero bits
        sps.bits(UInt32(level), count: 8)  // level_idc
        sps.unsignedGolomb(0)  // seq_parameter_set_id
        sps.unsignedGolomb(0)  // log2_max_frame_num_minus4
        sps.unsignedGolomb(0)  // pic_order_cnt_type
        sps.unsignedGolomb(2)  // log2_max_pic_order_cnt_lsb_minus4
        sps.unsignedGolomb(1)  // max_num_ref_frames
        sps.bit(false)  // gaps_in_frame_num_value_allowed_flag
        sps.unsignedGolomb(UInt32(widthInMacroblocks - 1))
        sps.unsignedGolomb(UInt32(heightInMacroblocks - 1))
        sps.bit(true)  // frame_mbs_only_flag
        sps.bit(true)  // direct_8x8_inference_flag
        let cropped = cropRight > 0 || cropBottom > 0
        sps.bit(cropped)  // frame_cropping_flag (offsets in units of 2 pixels for 4:2:0)
        if cropped {
            sps.unsignedGolomb(0)
            sps.unsignedGolomb(UInt32(cropRight))
            sps.unsignedGolomb(0)
            sps.unsignedGolomb(UInt32(cropBottom))
        }
        sps.bit(false)  // vui_parameters_present_flag
        sps.trailingBits()
        return nalUnit(type: 7, sps.bytes)
    }

    /// The one picture parameter set every stream here uses (CAVLC, deblocking control present), as a NAL unit.
    static func pictureParameterSet() -> [UInt8] {
        var pps = BitWriter()
        pps.unsignedGolomb(0)  // pic_parameter_set_id
        pps.unsignedGolomb(0)  // seq_parameter_set_id
        pps.bit(false)  // entropy_coding_mode_flag: CAVLC
        pps.bit(false)  // bottom_field_pic_order_in_frame_present_flag
        pps.unsignedGolomb(0)  // num_slice_groups_minus1
        pps.unsignedGolomb(0)  // num_ref_idx_l0_default_active_minus1
        pps.unsignedGolomb(0)  // num_ref_idx_l1_default_active_minus1
        pps.bit(false)  // weighted_pred_flag
        pps.bits(0, count: 2)  // weighted_bipred_idc
        pps.signedGolomb(0)  // pic_init_qp_minus26
        pps.signedGolomb(0)  // pic_init_qs_minus26
        pps.signedGolomb(0)  // chroma_qp_index_offset
        pps.bit(true)  // deblocking_filter_control_present_flag
        pps.bit(false)  // constrained_intra_pred_flag
        pps.bit(false)  // redundant_pic_cnt_present_flag
        pps.trailingBits()
        return nalUnit(type: 8, pps.bytes)

    }

    /// A NAL unit (header byte with nal_ref_idc 3, then the payload with emulation prevention bytes).
    static func nalUnit(type: UInt8, _ payload: [UInt8]) -> [UInt8] {
        var unit: [UInt8] = [0x60 | type]
        var zeros = 0
        for byte in payload {
            if zeros >= 2 && byte <= 3 {
                unit.append(3)
                zeros = 0
            }
            unit.append(byte)
            zeros = byte == 0 ? zeros + 1 : 0
        }
        return unit
    }

    private static func clamp(_ value: Int, _ low: Int, _ high: Int) -> UInt8 { UInt8(min(max(value, low), high)) }
}

/// MSB-first bit writing with Exp-Golomb codes, as H.264 syntax needs.
struct BitWriter {
    private(set) var bytes: [UInt8] = []
    private var current: UInt8 = 0
    private var used = 0

    mutating func bit(_ value: Bool) {
        current = current << 1 | (value ? 1 : 0)
        used += 1
        if used == 8 {
            bytes.append(current)
            current = 0
            used = 0
        }
    }

    mutating func bits(_ value: UInt32, count: Int) {
        for shift in stride(from: count - 1, through: 0, by: -1) { bit((value >> UInt32(shift)) & 1 == 1) }
    }

    /// Writes a whole byte (call only when aligned, or it is split across two).
    mutating func byte(_ value: UInt8) { bits(UInt32(value), count: 8) }

    /// ue(v).
    mutating func unsignedGolomb(_ value: UInt32) {
        let coded = UInt64(value) + 1
        let length = 64 - coded.leadingZeroBitCount
        bits(0, count: length - 1)
        for shift in stride(from: length - 1, through: 0, by: -1) { bit((coded >> UInt64(shift)) & 1 == 1) }
    }

    /// se(v).
    mutating func signedGolomb(_ value: Int32) {
        unsignedGolomb(value > 0 ? UInt32(2 * value - 1) : UInt32(-2 * Int64(value)))
    }

    mutating func alignWithZeros() { while used != 0 { bit(false) } }

    /// rbsp_trailing_bits: a one, then zeros to the byte boundary.
    mutating func trailingBits() {
        bit(true)
        alignWithZeros()
    }
}
