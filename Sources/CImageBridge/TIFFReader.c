/* TIFF decoding through libtiff 4.5 from a memory buffer; only the first directory is read.

   Errors reach the per-handle handler installed with TIFFOpenOptionsSetErrorHandlerExtR, which
   keeps the first message of the current call in the reader and returns 1 so that libtiff's
   global handlers are not called. The global handlers are also cleared once per process, so
   that the few messages libtiff raises without a handle are dropped instead of printed.

   Strips and tiles are decoded with TIFFReadEncodedStrip and TIFFReadEncodedTile and copied
   sample for sample (TIFFSamples.c); there is no colour conversion except for YCbCr JPEG, which
   libjpeg converts to RGB (JPEGCOLORMODE_RGB). The Orientation tag is ignored: pixels come out
   in stored order, as Pillow and tifffile return them. */

#include "TIFFReader.h"

#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Largest allocation libtiff may make, and largest decoded strip or tile: 1 GiB. */
#define NB_TIFF_MAXIMUM_ALLOCATION ((tmsize_t)1 << 30)

static pthread_once_t tiff_silence_once = PTHREAD_ONCE_INIT;

static void tiff_silence_global_handlers(void) {
    TIFFSetErrorHandler(NULL);
    TIFFSetWarningHandler(NULL);
}

static int tiff_error_handler(TIFF *tiff, void *userData, const char *module, const char *format,
                              va_list arguments) {
    (void)tiff;
    TIFFReader *reader = userData;
    if (reader->error[0] != '\0') {
        return 1;
    }
    int written = 0;
    if (module != NULL && module[0] != '\0') {
        written = snprintf(reader->error, sizeof reader->error, "%s: ", module);
    }
    if (written >= 0 && (size_t)written < sizeof reader->error) {
        vsnprintf(reader->error + written, sizeof reader->error - (size_t)written, format, arguments);
    }
    return 1;
}

static int tiff_warning_handler(TIFF *tiff, void *userData, const char *module, const char *format,
                                va_list arguments) {
    (void)tiff;
    (void)userData;
    (void)module;
    (void)format;
    (void)arguments;
    return 1;
}

/* Records `format` as the error unless libtiff has already given one. Returns 0. */
__attribute__((format(printf, 2, 3))) static int tiff_fail(TIFFReader *reader, const char *format, ...) {
    if (reader->error[0] == '\0') {
        va_list arguments;
        va_start(arguments, format);
        vsnprintf(reader->error, sizeof reader->error, format, arguments);
        va_end(arguments);
    }
    return 0;
}

// MARK: - Memory I/O

static tmsize_t tiff_read_proc(thandle_t handle, void *buffer, tmsize_t size) {
    TIFFReader *reader = handle;
    if (size < 0) {
        return -1;
    }
    uint64_t available = reader->position < reader->count ? reader->count - reader->position : 0;
    uint64_t length = (uint64_t)size < available ? (uint64_t)size : available;
    memcpy(buffer, reader->bytes + reader->position, (size_t)length);
    reader->position += length;
    return (tmsize_t)length;
}

static tmsize_t tiff_write_proc(thandle_t handle, void *buffer, tmsize_t size) {
    (void)handle;
    (void)buffer;
    (void)size;
    return -1;
}

static toff_t tiff_seek_proc(thandle_t handle, toff_t offset, int whence) {
    TIFFReader *reader = handle;
    uint64_t origin = whence == SEEK_CUR ? reader->position : whence == SEEK_END ? reader->count : 0;
    int64_t step = (int64_t)offset;
    if (whence == SEEK_SET ? offset > INT64_MAX : (step < 0 && (uint64_t)(-step) > origin)) {
        return (toff_t)-1;
    }
    reader->position = whence == SEEK_SET ? offset : origin + (uint64_t)step;
    return reader->position;
}

static int tiff_close_proc(thandle_t handle) {
    (void)handle;
    return 0;
}

static toff_t tiff_size_proc(thandle_t handle) {
    return ((TIFFReader *)handle)->count;
}

static int tiff_map_proc(thandle_t handle, void **base, toff_t *size) {
    TIFFReader *reader = handle;
    *base = (void *)reader->bytes;
    *size = reader->count;
    return 1;
}

static void tiff_unmap_proc(thandle_t handle, void *base, toff_t size) {
    (void)handle;
    (void)base;
    (void)size;
}

// MARK: - Layout

/* Chooses the output for the photometric interpretation and checks the sample format. */
static int tiff_choose_output(TIFFReader *reader, uint16_t photometric, uint16_t sampleFormat) {
    unsigned bits = reader->bitsPerSample;
    int unsignedFormat = sampleFormat == SAMPLEFORMAT_UINT;
    NBImageLayout *layout = &reader->layout;
    layout->channels = 3;
    layout->bytesPerSample = 1;
    layout->bitDepth = 8;
    layout->format = NBSampleFormatUnsigned;
    if (photometric == PHOTOMETRIC_MINISBLACK && reader->samplesPerPixel == 1) {
        int supported = (unsignedFormat && (bits == 1 || bits == 2 || bits == 4 || bits == 8 || bits == 16 || bits == 32))
            || (sampleFormat == SAMPLEFORMAT_INT && bits == 32) || (sampleFormat == SAMPLEFORMAT_IEEEFP && bits == 32);
        if (!supported) {
            return tiff_fail(reader, "unsupported grey samples: %u-bit, sample format %u", bits, sampleFormat);
        }
        reader->output = TIFFOutputGrey;
        layout->channels = 1;
        layout->bytesPerSample = bits <= 8 ? 1 : bits / 8;
        layout->bitDepth = bits;
        layout->format = sampleFormat == SAMPLEFORMAT_INT ? NBSampleFormatSigned
            : sampleFormat == SAMPLEFORMAT_IEEEFP          ? NBSampleFormatFloat
                                                           : NBSampleFormatUnsigned;
        return 1;
    }
    if (photometric == PHOTOMETRIC_PALETTE) {
        if (reader->samplesPerPixel != 1 || !unsignedFormat || bits > 8) {
            return tiff_fail(reader, "unsupported palette image: %u samples of %u bits", reader->samplesPerPixel, bits);
        }
        uint16_t *red = NULL, *green = NULL, *blue = NULL;
        if (!TIFFGetField(reader->tiff, TIFFTAG_COLORMAP, &red, &green, &blue)) {
            return tiff_fail(reader, "palette image without a ColorMap tag");
        }
        reader->colormap[0] = red;
        reader->colormap[1] = green;
        reader->colormap[2] = blue;
        reader->output = TIFFOutputPalette;
        return 1;
    }
    if (photometric == PHOTOMETRIC_RGB && reader->samplesPerPixel >= 3) {
        reader->output = TIFFOutputRGB;
    } else if (photometric == PHOTOMETRIC_MINISBLACK && reader->samplesPerPixel == 2) {
        reader->output = TIFFOutputGreyAsRGB;
    } else {
        return tiff_fail(reader, "unsupported photometric interpretation %u with %u samples per pixel",
                         photometric, reader->samplesPerPixel);
    }
    if (!unsignedFormat || (bits != 8 && bits != 16)) {
        return tiff_fail(reader, "unsupported colour samples: %u-bit, sample format %u", bits, sampleFormat);
    }
    return 1;
}

/* Reads the tags of the first directory and fills in the layout and block geometry. */
static int tiff_inspect(TIFFReader *reader, uint64_t maximumPixels) {
    TIFF *tiff = reader->tiff;
    uint32_t width = 0, height = 0;
    if (!TIFFGetField(tiff, TIFFTAG_IMAGEWIDTH, &width) || !TIFFGetField(tiff, TIFFTAG_IMAGELENGTH, &height)) {
        return tiff_fail(reader, "missing ImageWidth or ImageLength tag");
    }
    if (width == 0 || height == 0) {
        return tiff_fail(reader, "image has no pixels: %u × %u", (unsigned)width, (unsigned)height);
    }
    if ((uint64_t)width * height > maximumPixels) {
        return tiff_fail(reader, "image too large: %u × %u pixels is more than the limit of %llu", (unsigned)width,
                         (unsigned)height, (unsigned long long)maximumPixels);
    }
    uint16_t samplesPerPixel = 1, bitsPerSample = 1, sampleFormat = SAMPLEFORMAT_UINT;
    uint16_t planarConfig = PLANARCONFIG_CONTIG, compression = COMPRESSION_NONE, photometric = 0;
    TIFFGetFieldDefaulted(tiff, TIFFTAG_SAMPLESPERPIXEL, &samplesPerPixel);
    TIFFGetFieldDefaulted(tiff, TIFFTAG_BITSPERSAMPLE, &bitsPerSample);
    TIFFGetFieldDefaulted(tiff, TIFFTAG_SAMPLEFORMAT, &sampleFormat);
    TIFFGetFieldDefaulted(tiff, TIFFTAG_PLANARCONFIG, &planarConfig);
    TIFFGetFieldDefaulted(tiff, TIFFTAG_COMPRESSION, &compression);
    if (!TIFFGetField(tiff, TIFFTAG_PHOTOMETRIC, &photometric)) {
        return tiff_fail(reader, "missing PhotometricInterpretation tag");
    }
    if (samplesPerPixel == 0) {
        return tiff_fail(reader, "SamplesPerPixel is 0");
    }
    reader->samplesPerPixel = samplesPerPixel;
    reader->bitsPerSample = bitsPerSample;
    reader->separatePlanes = planarConfig == PLANARCONFIG_SEPARATE && samplesPerPixel > 1;
    if (photometric == PHOTOMETRIC_YCBCR && compression == COMPRESSION_JPEG && !reader->separatePlanes) {
        if (!TIFFSetField(tiff, TIFFTAG_JPEGCOLORMODE, JPEGCOLORMODE_RGB)) {
            return tiff_fail(reader, "cannot convert YCbCr JPEG to RGB");
        }
        photometric = PHOTOMETRIC_RGB;
    }
    if (!tiff_choose_output(reader, photometric, sampleFormat)) {
        return 0;
    }
    reader->layout.width = width;
    reader->layout.height = height;
    reader->tiled = TIFFIsTiled(tiff);
    if (reader->tiled) {
        if (!TIFFGetField(tiff, TIFFTAG_TILEWIDTH, &reader->blockWidth)
            || !TIFFGetField(tiff, TIFFTAG_TILELENGTH, &reader->blockHeight) || reader->blockWidth == 0
            || reader->blockHeight == 0) {
            return tiff_fail(reader, "missing or zero TileWidth or TileLength");
        }
    } else {
        uint32_t rowsPerStrip = 0;
        TIFFGetFieldDefaulted(tiff, TIFFTAG_ROWSPERSTRIP, &rowsPerStrip);
        if (rowsPerStrip == 0) {
            return tiff_fail(reader, "RowsPerStrip is 0");
        }
        reader->blockWidth = width;
        reader->blockHeight = rowsPerStrip < height ? rowsPerStrip : height;
    }
    uint64_t samplesPerBlockRow = (uint64_t)reader->blockWidth * (reader->separatePlanes ? 1 : samplesPerPixel);
    reader->blockRowBytes = (samplesPerBlockRow * bitsPerSample + 7) / 8;
    reader->blockBytes = reader->blockRowBytes * reader->blockHeight;
    if (reader->blockBytes > (uint64_t)NB_TIFF_MAXIMUM_ALLOCATION) {
        return tiff_fail(reader, "a decoded strip or tile would take %llu bytes, more than the limit of %llu",
                         (unsigned long long)reader->blockBytes, (unsigned long long)NB_TIFF_MAXIMUM_ALLOCATION);
    }
    return 1;
}

// MARK: - Decoding

/* Checks what TIFFReadEncodedStrip or TIFFReadEncodedTile returned. */
static int tiff_check_block(TIFFReader *reader, const char *kind, uint32_t index, tmsize_t decoded,
                            uint64_t expected) {
    if (decoded < 0) {
        return tiff_fail(reader, "cannot decode %s %u: its data is missing, truncated or corrupt", kind,
                         (unsigned)index);
    }
    if ((uint64_t)decoded != expected) {
        return tiff_fail(reader, "%s %u decoded to %lld bytes instead of %llu", kind, (unsigned)index,
                         (long long)decoded, (unsigned long long)expected);
    }
    return 1;
}

static int tiff_read_tiles(TIFFReader *reader, uint16_t plane, unsigned char *pixels, size_t outputRowBytes) {
    const NBImageLayout *layout = &reader->layout;
    for (uint32_t top = 0; top < layout->height; top += reader->blockHeight) {
        uint32_t rows = layout->height - top < reader->blockHeight ? layout->height - top : reader->blockHeight;
        for (uint32_t left = 0; left < layout->width; left += reader->blockWidth) {
            uint32_t columns = layout->width - left < reader->blockWidth ? layout->width - left : reader->blockWidth;
            uint32_t tile = TIFFComputeTile(reader->tiff, left, top, 0, plane);
            tmsize_t decoded = TIFFReadEncodedTile(reader->tiff, tile, reader->scratch, (tmsize_t)reader->blockBytes);
            if (!tiff_check_block(reader, "tile", tile, decoded, reader->blockBytes)) {
                return 0;
            }
            for (uint32_t row = 0; row < rows; row++) {
                nb_tiff_copy_row(reader, reader->scratch + row * reader->blockRowBytes, plane, left, columns,
                                 pixels + (size_t)(top + row) * outputRowBytes);
            }
        }
    }
    return 1;
}

static int tiff_read_strips(TIFFReader *reader, uint16_t plane, unsigned char *pixels, size_t outputRowBytes,
                            int direct) {
    const NBImageLayout *layout = &reader->layout;
    for (uint32_t top = 0; top < layout->height; top += reader->blockHeight) {
        uint32_t rows = layout->height - top < reader->blockHeight ? layout->height - top : reader->blockHeight;
        uint32_t strip = TIFFComputeStrip(reader->tiff, top, plane);
        uint64_t expected = rows * reader->blockRowBytes;
        unsigned char *target = direct ? pixels + (size_t)top * outputRowBytes : reader->scratch;
        tmsize_t decoded = TIFFReadEncodedStrip(reader->tiff, strip, target, (tmsize_t)expected);
        if (!tiff_check_block(reader, "strip", strip, decoded, expected)) {
            return 0;
        }
        for (uint32_t row = 0; !direct && row < rows; row++) {
            nb_tiff_copy_row(reader, reader->scratch + row * reader->blockRowBytes, plane, 0, layout->width,
                             pixels + (size_t)(top + row) * outputRowBytes);
        }
    }
    return 1;
}

static int tiff_reader_read(NBImageReader *base, void *pixels, size_t byteCount, char *message,
                            size_t messageCapacity) {
    TIFFReader *reader = (TIFFReader *)base;
    reader->error[0] = '\0';
    const NBImageLayout *layout = &reader->layout;
    if (byteCount != nb_layout_byte_count(layout) || reader->scratch != NULL) {
        nb_copy_message(message, messageCapacity, "pixel buffer does not match the image");
        return 0;
    }
    size_t outputRowBytes = byteCount / layout->height;
    /* Strips whose rows are laid out as the output are decoded in place. */
    int direct = !reader->tiled && reader->blockRowBytes == outputRowBytes
        && (reader->output == TIFFOutputGrey ? reader->bitsPerSample >= 8
                                             : reader->output == TIFFOutputRGB && reader->bitsPerSample == 8
                                                   && reader->samplesPerPixel == 3 && !reader->separatePlanes);
    if (!direct) {
        reader->scratch = malloc((size_t)reader->blockBytes);
        if (reader->scratch == NULL) {
            nb_copy_message(message, messageCapacity, "out of memory for a strip or tile");
            return 0;
        }
    }
    uint16_t planes = reader->separatePlanes && reader->output == TIFFOutputRGB ? 3 : 1;
    for (uint16_t plane = 0; plane < planes; plane++) {
        int done = reader->tiled ? tiff_read_tiles(reader, plane, pixels, outputRowBytes)
                                 : tiff_read_strips(reader, plane, pixels, outputRowBytes, direct);
        if (!done) {
            nb_copy_message(message, messageCapacity, reader->error);
            return 0;
        }
    }
    return 1;
}

static void tiff_reader_close(NBImageReader *base) {
    TIFFReader *reader = (TIFFReader *)base;
    if (reader->tiff != NULL) {
        TIFFClose(reader->tiff);
    }
    free(reader->scratch);
    free(reader);
}

NBImageReader *nb_tiff_reader_open(const void *bytes, size_t count, uint64_t maximumPixels,
                                   NBImageLayout *layout, char *message, size_t messageCapacity) {
    pthread_once(&tiff_silence_once, tiff_silence_global_handlers);
    TIFFReader *reader = calloc(1, sizeof *reader);
    TIFFOpenOptions *options = TIFFOpenOptionsAlloc();
    if (reader == NULL || options == NULL) {
        free(reader);
        TIFFOpenOptionsFree(options);
        nb_copy_message(message, messageCapacity, "out of memory");
        return NULL;
    }
    reader->base.read = tiff_reader_read;
    reader->base.close = tiff_reader_close;
    reader->bytes = bytes;
    reader->count = count;
    TIFFOpenOptionsSetErrorHandlerExtR(options, tiff_error_handler, reader);
    TIFFOpenOptionsSetWarningHandlerExtR(options, tiff_warning_handler, reader);
    TIFFOpenOptionsSetMaxSingleMemAlloc(options, NB_TIFF_MAXIMUM_ALLOCATION);
    reader->tiff = TIFFClientOpenExt("libtiff", "r", reader, tiff_read_proc, tiff_write_proc, tiff_seek_proc,
                                     tiff_close_proc, tiff_size_proc, tiff_map_proc, tiff_unmap_proc, options);
    TIFFOpenOptionsFree(options);
    if (reader->tiff == NULL) {
        tiff_fail(reader, "not a readable TIFF file");
    }
    if (reader->tiff == NULL || !tiff_inspect(reader, maximumPixels)) {
        nb_copy_message(message, messageCapacity, reader->error);
        tiff_reader_close(&reader->base);
        return NULL;
    }
    *layout = reader->layout;
    return &reader->base;
}
