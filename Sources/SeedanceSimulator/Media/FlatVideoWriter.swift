/// Writes a cheap, standard-conforming H.264 stream of any size: Constrained Baseline, one IDR picture whose
/// macroblocks are all `I_16x16` with DC prediction and no residual (a flat mid-grey picture, one byte per
/// macroblock), then P pictures that skip every macroblock (a few bytes each). A 4K clip of 30 s stays under 50 KB,
/// so results and reference clips can have the pixel sizes, lengths and frame rates the providers document. Sizes
/// that are not multiples of 16 are coded to the next multiple and cropped back in the SPS.
enum FlatVideoWriter {
    /// `frameCount` frames of `width` × `height` (even, 16 … 8192 a side).
    static func stream(width: Int, height: Int, frameCount: Int) -> H264Writer.Stream {
        let width = min(max(16, width / 2 * 2), 8192)
        let height = min(max(16, height / 2 * 2), 8192)
        let widthInMacroblocks = (width + 15) / 16
        let heightInMacroblocks = (height + 15) / 16
        let macroblocks = widthInMacroblocks * heightInMacroblocks
        let sps = H264Writer.sequenceParameterSet(
            widthInMacroblocks: widthInMacroblocks, heightInMacroblocks: heightInMacroblocks, level: level(macroblocks: macroblocks),
            cropRight: (widthInMacroblocks * 16 - width) / 2, cropBottom: (heightInMacroblocks * 16 - height) / 2)
        let pps = H264Writer.pictureParameterSet()
        var frames: [[UInt8]] = []
        for frame in 0..<max(1, frameCount) {
            var slice = BitWriter()
            slice.unsignedGolomb(0)  // first_mb_in_slice
            slice.unsignedGolomb(frame == 0 ? 7 : 5)  // slice_type: I or P (all slices of the picture)
            slice.unsignedGolomb(0)  // pic_parameter_set_id
            slice.bits(UInt32(frame % 16), count: 4)  // frame_num
            if frame == 0 { slice.unsignedGolomb(0) }  // idr_pic_id
            slice.bits(UInt32(frame * 2 % 64), count: 6)  // pic_order_cnt_lsb
            if frame > 0 {
                slice.bit(false)  // num_ref_idx_active_override_flag
                slice.bit(false)  // ref_pic_list_modification_flag_l0
                slice.bit(false)  // adaptive_ref_pic_marking_mode_flag: sliding window
            } else {
                slice.bit(false)  // no_output_of_prior_pics_flag
                slice.bit(false)  // long_term_reference_flag
            }
            slice.signedGolomb(0)  // slice_qp_delta
            slice.unsignedGolomb(1)  // disable_deblocking_filter_idc: off
            if frame == 0 {
                for _ in 0..<macroblocks {
                    slice.unsignedGolomb(3)  // mb_type I_16x16_2_0_0: DC prediction, no coded luma or chroma
                    slice.unsignedGolomb(0)  // intra_chroma_pred_mode: DC
                    slice.signedGolomb(0)  // mb_qp_delta
                    slice.bit(true)  // Intra16x16DCLevel coeff_token (nC 0): no coefficients
                }
            } else {
                slice.unsignedGolomb(UInt32(macroblocks))  // mb_skip_run: the whole picture
            }
            slice.trailingBits()
            frames.append(H264Writer.nalUnit(type: frame == 0 ? 5 : 1, slice.bytes))
        }
        return H264Writer.Stream(sps: sps, pps: pps, frames: frames)
    }

    /// The lowest level whose frame-size limit (MaxFS, in macroblocks) holds `macroblocks` (Table A-1).
    private static func level(macroblocks: Int) -> Int {
        switch macroblocks {
        case ...1620: 30
        case ...3600: 31
        case ...5120: 32
        case ...8192: 40
        case ...22080: 50
        default: 51
        }
    }
}
