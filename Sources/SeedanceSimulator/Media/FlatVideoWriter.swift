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
        var sps = BitWriter()
        sps.bits(66, count: 8)  // profile_idc: Baseline
        sps.bits(0xC0, count: 8)  // Constrained Baseline
        sps.bits(UInt32(level(macroblocks: macroblocks)), count: 8)
        sps.unsignedGolomb(0)  // seq_parameter_set_id
        sps.unsignedGolomb(0)  // log2_max_frame_num_minus4: frame_num is 4 bits
        sps.unsignedGolomb(0)  // pic_order_cnt_type 0
        sps.unsignedGolomb(2)  // log2_max_pic_order_cnt_lsb_minus4: 6 bits
        sps.unsignedGolomb(1)  // max_num_ref_frames
        sps.bit(false)  // gaps_in_frame_num_value_allowed_flag
        sps.unsignedGolomb(UInt32(widthInMacroblocks - 1))
        sps.unsignedGolomb(UInt32(heightInMacroblocks - 1))
        sps.bit(true)  // frame_mbs_only_flag
        sps.bit(true)  // direct_8x8_inference_flag
        let cropRight = (widthInMacroblocks * 16 - width) / 2
        let cropBottom = (heightInMacroblocks * 16 - height) / 2
        sps.bit(cropRight > 0 || cropBottom > 0)  // frame_cropping_flag (units of 2 pixels in 4:2:0)
        if cropRight > 0 || cropBottom > 0 {
            sps.unsignedGolomb(0)
            sps.unsignedGolomb(UInt32(cropRight))
            sps.unsignedGolomb(0)
            sps.unsignedGolomb(UInt32(cropBottom))
        }
        sps.bit(false)  // vui_parameters_present_flag
        sps.trailingBits()

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
        return H264Writer.Stream(sps: H264Writer.nalUnit(type: 7, sps.bytes), pps: pps, frames: frames)
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
