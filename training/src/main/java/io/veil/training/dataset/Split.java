package io.veil.training.dataset;

import java.util.List;

/** The dataset splits; test draws on templates that train and val never use. */
public enum Split {
  TRAIN("train", Carriers.TRAIN, 0),
  VAL("val", Carriers.TRAIN, 0),
  TEST("test", Carriers.TEST, 1);

  final String fileStem;
  final List<Integer> carriers;
  /** Index of the language frames this split uses (see {@link Lang}). */
  final int frame;

  Split(String fileStem, List<Integer> carriers, int frame) {
    this.fileStem = fileStem;
    this.carriers = carriers;
    this.frame = frame;
  }

  /** The file name of the split, e.g. {@code train.jsonl}. */
  public String fileName() {
    return fileStem + ".jsonl";
  }

  /** The carrier template ids this split may use. */
  public List<Integer> carrierTemplates() {
    return carriers;
  }
}
