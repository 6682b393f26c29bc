# Sourced by the server benchmarks: sets CALIDOC_BIN to the release build of calidoc, statically
# linked as it is installed (built now), unless CALIDOC_BIN already names a binary.
if [ -z "${CALIDOC_BIN:-}" ]; then
    ./.ci/setup build
    build=(swift build -c release --static-swift-stdlib)
    "${build[@]}" --product calidoc >/dev/null
    CALIDOC_BIN="$("${build[@]}" --show-bin-path)/calidoc"
fi
