import 'reflect-metadata';
import { startSubgraph } from '../../../shared/subgraph';
import { taxSubgraph } from './definition';

startSubgraph(taxSubgraph);
