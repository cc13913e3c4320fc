#!/usr/bin/env bash
# Rewrites the media fixtures with ffmpeg (real encoders and muxers) and prints what ffprobe reads from each file;
# the tests in Tests/MediaTests/RealMediaFixtureTests.swift expect those values. Run from anywhere:
#   bash Fixtures/media/generate.sh
set -euo pipefail
cd "$(dirname "$0")"
common=(-y -v error)
out=(-bitexact -map_metadata -1)
ffmpeg "${common[@]}" -f lavfi -i testsrc=size=64x48:rate=25 -f lavfi -i sine=frequency=440:sample_rate=8000 -t 0.4 \
  -c:v libx264 -preset ultrafast -crf 45 -pix_fmt yuv420p -c:a aac -b:a 8k -ac 1 -shortest "${out[@]}" ffmpeg-h264-aac-64x48-25fps.mp4
ffmpeg "${common[@]}" -f lavfi -i testsrc=size=64x64:rate=60 -f lavfi -i sine=frequency=440:sample_rate=8000 -t 0.2 \
  -c:v libx265 -preset ultrafast -crf 45 -x265-params log-level=error -tag:v hvc1 -c:a pcm_s16le -ac 1 -shortest "${out[@]}" ffmpeg-h265-pcm-64x64-60fps.mov
ffmpeg "${common[@]}" -f lavfi -i testsrc=size=48x32:rate=30000/1001 -t 0.3 \
  -c:v libx264 -preset ultrafast -crf 45 -pix_fmt yuv420p -movflags +faststart "${out[@]}" ffmpeg-h264-faststart-48x32-29.97fps.mp4
ffmpeg "${common[@]}" -f lavfi -i sine=frequency=440:sample_rate=8000 -t 0.5 -c:a libmp3lame -q:a 9 "${out[@]}" ffmpeg-vbr-xing-8khz.mp3
ffmpeg "${common[@]}" -f lavfi -i sine=frequency=440:sample_rate=8000 -t 0.5 -c:a libmp3lame -b:a 8k -write_xing 0 "${out[@]}" ffmpeg-cbr-8kbps.mp3
ffmpeg "${common[@]}" -f lavfi -i sine=frequency=440:sample_rate=8000 -t 0.1 -c:a pcm_s16le "${out[@]}" ffmpeg-s16-8khz.wav
for file in ffmpeg-*; do
  echo "== $file ($(wc -c <"$file") bytes)"
  ffprobe -v error -show_entries format=duration:stream=codec_name,width,height,avg_frame_rate,sample_rate,channels,duration \
    -of compact "$file"
done
